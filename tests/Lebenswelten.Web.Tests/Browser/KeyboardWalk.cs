using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>
/// Moves through a page with Tab and Shift+Tab only, as someone without a mouse does, and checks at every stop what
/// axe cannot: the focused element is in the viewport and carries a focus indicator — an outline of 2 px or more or a
/// box-shadow — whose colour stands out at 3:1 against what it is drawn on (WCAG 2.4.7, 1.4.11); and Tab always moves
/// on (no keyboard trap, WCAG 2.1.2). In forced colours the system draws the colours, so there the outline must exist.
/// </summary>
public sealed class KeyboardWalk(IPage page)
{
    /// <summary>Tab presses allowed to reach one element: more means the page is a chore by keyboard, or the element is unreachable.</summary>
    public const int MaxSteps = 60;

    public bool ForcedColours { get; set; }

    /// <summary>Presses Tab (or Shift+Tab) until the focused element matches the CSS selector.</summary>
    public async Task ToAsync(string selector, bool backwards = false)
    {
        for (var step = 0; step < MaxSteps; step++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            var stop = await page.EvaluateAsync<FocusStop>(Script, new object[] { selector, ForcedColours });
            if (stop.Element == "BODY")
            {
                // Past the last element the focus leaves the document for a moment; the next Tab starts at the top.
                continue;
            }
            Assert.False(stop.Stuck, $"Tab did not move on from {stop.Element} on {page.Url} (keyboard trap)");
            Assert.True(stop.InView, $"{stop.Element} has the focus but is outside the viewport on {page.Url}");
            Assert.True(stop.Indicator, $"{stop.Element} has the focus but no visible focus indicator on {page.Url} ({stop.Why})");
            if (stop.Matches)
            {
                return;
            }
        }
        Assert.Fail($"{selector} not reached with {MaxSteps} × {(backwards ? "Shift+Tab" : "Tab")} on {page.Url}");
    }

    /// <summary>Tabs to the element, then presses the key on it (Enter follows a link or submits; Space ticks or presses).</summary>
    public async Task PressAsync(string selector, string key = "Enter")
    {
        await ToAsync(selector);
        await page.Keyboard.PressAsync(key);
    }

    /// <summary>Tabs to a field and types into it (only the keyboard, into the field that has the focus).</summary>
    public async Task TypeAsync(string selector, string text)
    {
        await ToAsync(selector);
        await page.Keyboard.TypeAsync(text);
    }

    public async Task<string> FocusedAsync() =>
        await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.tagName + '#' + document.activeElement.id : ''");

    private sealed class FocusStop
    {
        public string Element { get; set; } = "";
        public bool Stuck { get; set; }
        public bool Matches { get; set; }
        public bool InView { get; set; }
        public bool Indicator { get; set; }
        public string Why { get; set; } = "";
    }

    private const string Script = """
        ([selector, forced]) => {
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) { window.__keyboardLast = null; return { Element: 'BODY', Stuck: false, Matches: false, InView: true, Indicator: true, Why: '' }; }
          const stuck = window.__keyboardLast === el;
          window.__keyboardLast = el;
          const name = el.tagName + (el.id ? '#' + el.id : '') + ' "' + (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40) + '"';
          const parse = c => { const m = /rgba?\(([^)]+)\)/.exec(c || ''); if (!m) return null;
            const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
          const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
          const contrast = (x, y) => { const a = lum(x), b = lum(y); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
          const behind = node => { for (let n = node; n; n = n.parentElement) { const c = parse(getComputedStyle(n).backgroundColor); if (c && c.a > 0.5) return c; }
            return { r: 255, g: 255, b: 255, a: 1 }; };
          const style = getComputedStyle(el);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? parse(style.outlineColor) : null;
          const shadows = [...(style.boxShadow || '').matchAll(/rgba?\([^)]+\)/g)].map(m => parse(m[0]));
          const rings = [outline, ...shadows].filter(c => c && c.a > 0.5);
          const ground = behind(el.parentElement);
          const best = Math.max(0, ...rings.map(c => contrast(c, ground)));
          const indicator = forced ? outline !== null : best >= 3;
          const r = el.getBoundingClientRect();
          const inView = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
          return { Element: name, Stuck: stuck, Matches: el.matches(selector), InView: inView, Indicator: indicator,
            Why: 'outline ' + style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor + ', shadow ' + style.boxShadow + ', best contrast ' + best.toFixed(2) };
        }
        """;
}
