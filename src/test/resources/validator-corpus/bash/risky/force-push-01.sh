# force-push: rewrites the remote branch after an interactive rebase
git fetch origin
git rebase origin/main
git push --force origin HEAD:feature/login
