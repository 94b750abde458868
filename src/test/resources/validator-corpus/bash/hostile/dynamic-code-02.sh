# dynamic-code: bash -c runs whatever the first line of a downloaded note says
line=$(head -n 1 ./notes/remote-instructions.txt)
bash -c "$line"
