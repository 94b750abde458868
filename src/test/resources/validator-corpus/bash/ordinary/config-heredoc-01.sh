# Writes a starter docker-compose file for a web app and database into the current directory.
set -euo pipefail
app=${1:-webapp}
port=${2:-8000}

if [[ -e docker-compose.yml ]]; then
  echo "docker-compose.yml already exists; not touching it" >&2
  exit 1
fi

cat > docker-compose.yml <<EOF
services:
  ${app}:
    build: .
    ports:
      - "${port}:${port}"
    environment:
      DATABASE_URL: postgres://app:app@db:5432/app
    depends_on:
      - db
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: app
EOF
echo "wrote docker-compose.yml for $app on port $port"
