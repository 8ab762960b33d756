package server

import (
	"encoding/json"

	"go.lsp.dev/protocol"
)

// This file holds the LSP 3.17 types go.lsp.dev/protocol v0.12 lacks, and
// the few shapes the server decodes itself because protocol's version
// cannot tell an absent field from a zero one. Names and JSON fields follow
// the LSP 3.17 specification.

// Methods the server handles or sends that protocol v0.12 does not name.
const (
	methodInlayHint        = "textDocument/inlayHint"
	methodInlayHintRefresh = "workspace/inlayHint/refresh"
	methodCodeLensRefresh  = "workspace/codeLens/refresh"
	methodProgressCreate   = "window/workDoneProgress/create"
	methodProgressCancel   = "window/workDoneProgress/cancel"
	methodCancelRequest    = "$/cancelRequest"
	methodProgress         = "$/progress"
)

// InlayHintKind says what an inlay hint shows (LSP 3.17).
type InlayHintKind int

// Inlay hint kinds.
const (
	InlayHintKindType      InlayHintKind = 1
	InlayHintKindParameter InlayHintKind = 2
)

// InlayHint is an inline annotation the editor draws in the text (LSP 3.17).
// The label is a plain string here: the server needs no label parts.
type InlayHint struct {
	Position     protocol.Position   `json:"position"`
	Label        string              `json:"label"`
	Kind         InlayHintKind       `json:"kind,omitempty"`
	TextEdits    []protocol.TextEdit `json:"textEdits,omitempty"`
	Tooltip      *MarkupTooltip      `json:"tooltip,omitempty"`
	PaddingLeft  bool                `json:"paddingLeft,omitempty"`
	PaddingRight bool                `json:"paddingRight,omitempty"`
}

// MarkupTooltip is an inlay hint's tooltip as Markdown.
type MarkupTooltip = protocol.MarkupContent

// InlayHintParams are the parameters of textDocument/inlayHint.
type InlayHintParams struct {
	TextDocument protocol.TextDocumentIdentifier `json:"textDocument"`
	Range        protocol.Range                  `json:"range"`
}

// InlayHintOptions is the server capability for inlay hints.
type InlayHintOptions struct {
	ResolveProvider bool `json:"resolveProvider"`
}

// serverCapabilities adds the 3.17 capabilities to protocol's.
type serverCapabilities struct {
	protocol.ServerCapabilities
	InlayHintProvider *InlayHintOptions `json:"inlayHintProvider,omitempty"`
}

// initializeResult is the answer to initialize.
type initializeResult struct {
	Capabilities serverCapabilities   `json:"capabilities"`
	ServerInfo   *protocol.ServerInfo `json:"serverInfo,omitempty"`
}

// initializeParams holds what the server reads of initialize's parameters.
type initializeParams struct {
	ProcessID             *int32          `json:"processId"`
	RootURI               string          `json:"rootUri,omitempty"`
	Capabilities          clientCaps      `json:"capabilities"`
	InitializationOptions json.RawMessage `json:"initializationOptions,omitempty"`
}

// clientCaps is the part of the client's capabilities the server consults.
type clientCaps struct {
	Workspace struct {
		Configuration bool `json:"configuration"`
		InlayHint     struct {
			RefreshSupport bool `json:"refreshSupport"`
		} `json:"inlayHint"`
		CodeLens struct {
			RefreshSupport bool `json:"refreshSupport"`
		} `json:"codeLens"`
	} `json:"workspace"`
	Window struct {
		WorkDoneProgress bool `json:"workDoneProgress"`
	} `json:"window"`
	TextDocument struct {
		PublishDiagnostics struct {
			RelatedInformation bool `json:"relatedInformation"`
		} `json:"publishDiagnostics"`
	} `json:"textDocument"`
}

// contentChange is one change of didChange: with a range it is
// incremental, without one it replaces the whole text.
type contentChange struct {
	Range *protocol.Range `json:"range,omitempty"`
	Text  string          `json:"text"`
}

// didChangeParams are didChange's parameters with contentChange.
type didChangeParams struct {
	TextDocument   protocol.VersionedTextDocumentIdentifier `json:"textDocument"`
	ContentChanges []contentChange                          `json:"contentChanges"`
}

// progressParams is $/progress with a raw token (string or number), which
// is sent back exactly as received.
type progressParams struct {
	Token json.RawMessage `json:"token"`
	Value any             `json:"value"`
}

// progressCreateParams is window/workDoneProgress/create's parameters.
type progressCreateParams struct {
	Token json.RawMessage `json:"token"`
}

// executeCommandParams is workspace/executeCommand's parameters, keeping
// the arguments raw for each command to decode, and the client's
// progress token if it sent one.
type executeCommandParams struct {
	Command       string            `json:"command"`
	Arguments     []json.RawMessage `json:"arguments,omitempty"`
	WorkDoneToken json.RawMessage   `json:"workDoneToken,omitempty"`
}

// cancelParams is $/cancelRequest's parameters.
type cancelParams struct {
	ID json.RawMessage `json:"id"`
}
