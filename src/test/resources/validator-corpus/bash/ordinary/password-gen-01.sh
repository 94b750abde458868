# Generates a few random passwords of a chosen length.
length=${1:-20}
count=${2:-5}

if (( length < 8 )); then
  echo "use at least 8 characters" >&2
  exit 1
fi

for (( i = 0; i < count; i++ )); do
  pw=$(LC_ALL=C tr -dc 'A-Za-z0-9!@#%^&*_+=' < /dev/urandom | head -c "$length")
  echo "$pw"
done
