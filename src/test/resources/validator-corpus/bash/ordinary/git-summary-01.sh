# Summarises the last week of commits in the current repository by author.
set -euo pipefail

since=${1:-"7 days ago"}

if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "not a git repository" >&2
  exit 1
fi

echo "Commits since $since:"
git shortlog -sn --since="$since" HEAD

echo
echo "Most recent:"
git log --since="$since" --pretty=format:'%h %ad %an: %s' --date=short | head -n 15
echo
