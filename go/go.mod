module gonotes

go 1.27
