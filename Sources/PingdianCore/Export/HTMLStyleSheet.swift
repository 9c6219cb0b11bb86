/// The reading report's inline style sheet: the page, each kind's colours, and a print layout.
enum HTMLStyleSheet {
    /// The CSS for a report using these kinds (only ASCII names from ``HTMLEscaping/kindClass(_:)``).
    static func css(for kinds: [MoveKind]) -> String {
        var css = base
        for kind in kinds {
            let color = kind.color
            css += ".\(HTMLEscaping.kindClass(kind.key)){--c:\(color.hex);--bg:rgba(\(color.red),\(color.green),\(color.blue),.22)}\n"
        }
        return css + print
    }

    private static let base = """
        :root{color-scheme:light}
        body{margin:0 auto;max-width:76rem;padding:1rem 1.5rem 3rem;color:#1d1d1d;background:#fbfaf6;
        font:17px/1.95 "Noto Serif CJK TC","Source Han Serif TC","PMingLiU","Songti TC",serif}
        h1{font-size:1.7rem;line-height:1.4;margin:1rem 0 .3rem}
        h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:1px solid #ccc}
        .summary{color:#555;margin:0 0 1rem}
        a{color:#1a4f8b}
        .legend ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1.4rem;font-size:.9rem}
        .swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;margin-right:.35em;vertical-align:-.1em;background:var(--c,#888)}
        .count{color:#666;margin-left:.3em}
        .row{display:grid;grid-template-columns:minmax(0,1fr) 18rem;gap:2rem;align-items:start}
        .para{margin:.7rem 0;white-space:pre-wrap;overflow-wrap:anywhere}
        .notes{font-size:.8rem;line-height:1.6;margin:.7rem 0}
        .note{border-left:3px solid var(--c);background:#fff;padding:.25rem .6rem;margin:0 0 .6rem}
        .note p{margin:.15rem 0}
        .note .text{white-space:pre-wrap;overflow-wrap:anywhere}
        .note .kind{font-weight:bold;color:inherit;text-decoration:none}
        .note .layer{color:#666;margin-left:.5em}
        .note .quote{color:#555}
        .hl,.note{--c:#888;--bg:rgba(136,136,136,.2)}
        mark.hl{color:inherit;background:var(--bg);border-bottom:2px solid var(--c);padding:0}
        :target{outline:2px solid #1a4f8b;outline-offset:1px}
        hr.break{border:0;margin:1.6rem 0;text-align:center;overflow:visible}
        hr.break::after{content:"＊　＊　＊";color:#888}
        .pairs li{margin:.4rem 0}
        @media (max-width:52rem){.row{display:block}.notes{margin-left:1.5rem}}

        """

    private static let print = """
        @media print{
        body{background:#fff;max-width:none;padding:0;font-size:11pt;line-height:1.8}
        .row{display:block}
        .notes{margin:0 0 .8rem 2rem;font-size:8.5pt}
        .note,.pairs li{break-inside:avoid}
        h2{break-after:avoid}
        a{color:inherit;text-decoration:none}
        :target{outline:none}
        mark.hl,.swatch,.note{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        }

        """
}
