# anti-forensics: clears and disables the shell history
unset HISTFILE
history -c
rm -f ~/.bash_history
