# dynamic-code: every line of a file is executed with eval in a loop
while IFS= read -r step; do
  eval "$step"
done < ./steps.txt
