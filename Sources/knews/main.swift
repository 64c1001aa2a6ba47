print("knews skeleton")
