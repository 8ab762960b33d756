package server

import (
	"testing"

	"jitlens/profile"
)

// The summary names the function whose own lines hold the time, not the
// driver that holds the whole run inclusively.
func TestTopFunctionIsWhereTheTimeGoes(t *testing.T) {
	res := &results{funcs: []*funcResult{
		{qualName: "main", time: profile.TimeReport{Share: 1}, self: profile.TimeReport{Share: 0.001}},
		{qualName: "total", time: profile.TimeReport{Share: 0.99}, self: profile.TimeReport{Share: 0.99}},
		{qualName: "label", time: profile.TimeReport{Share: 0.009}, self: profile.TimeReport{Share: 0.009}},
	}}
	if top := topFunction(res); top == nil || top.qualName != "total" {
		t.Fatalf("top function = %+v, want total", top)
	}
}
