# overwrite-file: moves the finished report into Documents, replacing the old one
set -e
pandoc report.md -o report.pdf
mv -f report.pdf ~/Documents/report.pdf
echo "saved to ~/Documents/report.pdf"
