# Checks that node and python meet the project's minimum versions.
version_ge() {
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" = "$2" ]
}

check() {
  local name=$1 have=$2 need=$3
  if version_ge "$have" "$need"; then
    echo "ok   $name $have (>= $need)"
  else
    echo "FAIL $name $have (need >= $need)"
    status=1
  fi
}

status=0
check node "$(node --version | tr -d v)" 18.0.0
check python "$(python3 -c 'import sys; print(".".join(map(str, sys.version_info[:3])))')" 3.10.0
exit $status
