# install-package: adds global node tools
npm install -g typescript eslint prettier
tsc --version
