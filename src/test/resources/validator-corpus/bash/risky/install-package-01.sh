# install-package: installs Python libraries for the analysis notebook
python3 -m pip install --user pandas matplotlib openpyxl
python3 -c 'import pandas; print(pandas.__version__)'
