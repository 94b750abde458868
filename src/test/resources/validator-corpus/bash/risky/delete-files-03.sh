# delete-files: deletes the backup copies in the current project
count=$(ls -1 *.bak 2>/dev/null | wc -l)
echo "deleting $count backup files"
rm -f -- *.bak
