# install-package: installs jq and ripgrep through apt
apt-get install -y jq ripgrep
