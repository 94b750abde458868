# Lists local branches whose last commit is older than N days, oldest first.
days=${1:-30}
now=$(date +%s)
limit=$(( days * 24 * 3600 ))

git for-each-ref --sort=committerdate --format='%(committerdate:unix) %(refname:short)' refs/heads |
while read -r ts branch; do
  age=$(( now - ts ))
  if (( age > limit )); then
    printf '%-40s %4d days\n' "$branch" $(( age / 86400 ))
  fi
done
