/// Draws the whole reader for a state: panes, separators, status bar, then any overlay.
/// The result depends on the state alone, so tests compare grids, and the terminal backend
/// writes only the cells that changed since the last frame.
public enum Screen {
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        render(state, into: &grid)
        return grid
    }

    /// Draws into an existing grid of the state's size (a fresh one otherwise).
    public static func render(_ state: AppState, into grid: inout Grid) {
        if grid.width != state.width || grid.height != state.height {
            grid = Grid(width: state.width, height: state.height)
        }
        grid.fill(Rect(x: 0, y: 0, width: grid.width, height: grid.height), role: .normal)
        let frames = PaneLayout(state)
        if frames.tooSmall {
            TooSmall.draw(into: &grid, measure: state.measure)
            return
        }
        let top = frames.keyHints?.maxY ?? 0
        for x in frames.separators {
            let bottom = frames.list?.maxY ?? frames.reader?.maxY ?? frames.overlay.height
            grid.fill(Rect(x: x, y: top, width: 1, height: bottom - top), role: .border, with: "│")
        }
        if let r = frames.keyHints { KeyHints.draw(state, in: r, into: &grid) }
        if let r = frames.listHeader { ListPane.drawHeader(state, in: r, into: &grid) }
        if let r = frames.list { ListPane.draw(state, in: r, into: &grid) }
        if let r = frames.reader { ReaderPane.draw(state, in: r, into: &grid) }
        if let r = frames.entityPanel { EntityPanel.draw(state, in: r, into: &grid) }
        if let r = frames.legend { Legend.draw(state, in: r, into: &grid) }
        StatusBar.draw(state, in: frames.status, into: &grid)
        switch state.overlay {
        case .help(let top)?: HelpOverlay.draw(state, top: top, in: frames.overlay, into: &grid)
        case .loadReport(let top)?: LoadReport.draw(state, top: top, in: frames.overlay, into: &grid)
        case .picker(let p)?: PickerOverlay.draw(p, state: state, in: frames.overlay, into: &grid)
        case .prompt(let p)?: PromptLine.draw(p, state: state, in: frames.status, into: &grid)
        case nil: break
        }
    }
}

/// The message for screens too small to lay anything out: the longest wording that fits.
enum TooSmall {
    static func draw(into grid: inout Grid, measure: DisplayWidth) {
        guard grid.width > 0, grid.height > 0 else { return }
        let text = ["terminal too small", "too small", "small", "!"].first { $0.count <= grid.width } ?? "!"
        grid.put(text, x: 0, y: (grid.height - 1) / 2, maxWidth: grid.width, role: .error, measure: measure)
    }
}
