# Asks for a project name and creates a Python project skeleton in the current directory.
set -euo pipefail

read -rp "Project name: " name
[[ -n "$name" ]] || { echo "a name is required" >&2; exit 1; }
slug=$(echo "$name" | tr '[:upper:] ' '[:lower:]_')

read -rp "Create ./$slug? [y/N] " answer
[[ "$answer" == [yY]* ]] || { echo "cancelled"; exit 0; }

mkdir -p "$slug"/{src/"$slug",tests}
touch "$slug/src/$slug/__init__.py"
printf 'def test_placeholder():\n    assert True\n' > "$slug/tests/test_basic.py"
printf '# %s\n' "$name" > "$slug/README.md"
printf '.venv/\n__pycache__/\n' > "$slug/.gitignore"
echo "created $slug/"
find "$slug" -type f | sort
