# discard-changes: throws away local edits and untracked files to match the remote
git fetch origin
git reset --hard origin/main
git clean -fdx
