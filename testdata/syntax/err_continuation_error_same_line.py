second argument \(x\) must
