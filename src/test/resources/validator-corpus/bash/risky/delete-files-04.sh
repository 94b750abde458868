# delete-files: prunes log files older than 30 days from the user's log folder
find "$HOME/logs" -type f -name '*.log' -mtime +30 -print -exec rm {} +
