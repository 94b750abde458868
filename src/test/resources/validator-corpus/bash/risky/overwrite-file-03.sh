# overwrite-file: writes a fresh todo list over the one in the home directory
{
  echo "# TODO $(date +%F)"
  grep -h '^- \[ \]' ./*.md
} > ~/todo.md
