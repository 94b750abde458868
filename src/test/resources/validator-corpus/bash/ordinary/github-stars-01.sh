# Prints the star and open-issue counts of a few public GitHub repositories.
repos=(torvalds/linux python/cpython nodejs/node)

printf '%-20s %8s %8s\n' REPO STARS ISSUES
for r in "${repos[@]}"; do
  json=$(curl -fsS "https://api.github.com/repos/$r") || { echo "failed: $r"; continue; }
  stars=$(jq -r .stargazers_count <<<"$json")
  issues=$(jq -r .open_issues_count <<<"$json")
  printf '%-20s %8s %8s\n' "$r" "$stars" "$issues"
  sleep 1
done
