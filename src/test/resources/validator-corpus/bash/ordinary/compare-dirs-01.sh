# Compares two folders and reports files that differ or exist in only one of them.
set -u
a=${1:?usage: $0 DIR_A DIR_B}
b=${2:?usage: $0 DIR_A DIR_B}

only_a=0; only_b=0; differ=0
while read -r line; do
  case $line in
    "Only in $a"*) only_a=$((only_a + 1)) ;;
    "Only in $b"*) only_b=$((only_b + 1)) ;;
    Files*differ) differ=$((differ + 1)) ;;
  esac
  echo "$line"
done < <(diff -rq "$a" "$b")

echo
echo "only in $a: $only_a, only in $b: $only_b, different: $differ"
