package native

// Every compile in the tests checks the optimizer's output as well.
func init() { verifyOptimized = true }
