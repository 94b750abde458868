# credential-read: decodes the registry auth tokens from the docker config
jq -r '.auths[].auth' ~/.docker/config.json | base64 -d
