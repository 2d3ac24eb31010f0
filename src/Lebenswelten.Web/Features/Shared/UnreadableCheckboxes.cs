using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// A checkbox posted back with something that is no boolean ("ja", a script) is a field error like any other, but
/// ASP.NET's checkbox tag helper throws on that attempted value when the form is shown again: a 500 instead of the
/// form. Before a page renders, such values become "false" (the error stays), for every bound bool of every page.
/// </summary>
public sealed class UnreadableCheckboxes(IModelMetadataProvider metadata) : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        var state = context.ModelState;
        if (state.IsValid)
        {
            return;
        }
        foreach (var property in context.ActionDescriptor.BoundProperties)
        {
            foreach (var path in BoolPaths(metadata.GetMetadataForType(property.ParameterType),
                property.BindingInfo?.BinderModelName ?? property.Name, depth: 0))
            {
                if (state.TryGetValue(path, out var entry) && entry.AttemptedValue is { } value && !bool.TryParse(value, out _))
                {
                    state.SetModelValue(path, rawValue: false, attemptedValue: "false");
                }
            }
        }
    }

    private static IEnumerable<string> BoolPaths(ModelMetadata model, string prefix, int depth)
    {
        if (model.UnderlyingOrModelType == typeof(bool))
        {
            yield return prefix;
        }
        else if (depth < 3 && model.IsComplexType && !model.IsEnumerableType)
        {
            foreach (var child in model.Properties)
            {
                foreach (var path in BoolPaths(child, $"{prefix}.{child.PropertyName}", depth + 1))
                {
                    yield return path;
                }
            }
        }
    }
}
