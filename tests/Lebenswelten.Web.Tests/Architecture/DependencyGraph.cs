namespace Lebenswelten.Web.Tests.Architecture;

/// <summary>Which module uses which, and the first cycle among them.</summary>
public sealed class DependencyGraph(IReadOnlyDictionary<string, IReadOnlySet<string>> edges)
{
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Edges { get; } = edges;

    /// <summary>A path that comes back to its start ("A → B → A"), or null when the modules form no cycle.</summary>
    public IReadOnlyList<string>? FindCycle()
    {
        var state = new Dictionary<string, bool>(); // false: on the current path, true: done
        var path = new List<string>();
        foreach (var start in Edges.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start, state, path) is { } cycle)
            {
                return cycle;
            }
        }
        return null;
    }

    private List<string>? Visit(string node, Dictionary<string, bool> state, List<string> path)
    {
        if (state.TryGetValue(node, out var done))
        {
            return done ? null : [.. path[path.IndexOf(node)..], node];
        }
        state[node] = false;
        path.Add(node);
        foreach (var next in Edges.GetValueOrDefault(node, new HashSet<string>()).Order(StringComparer.Ordinal))
        {
            if (Visit(next, state, path) is { } cycle)
            {
                return cycle;
            }
        }
        path.RemoveAt(path.Count - 1);
        state[node] = true;
        return null;
    }
}
