from kgreport.cli import main

main()
