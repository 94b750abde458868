# discard-changes: resets the working tree and removes untracked files
import subprocess

subprocess.run(["git", "reset", "--hard", "HEAD"], check=True)
subprocess.run(["git", "clean", "-fd"], check=True)
print("working tree reset")
