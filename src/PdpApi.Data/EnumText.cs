using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PdpApi.Data;

/// <summary>
/// The one spelling of a closed vocabulary's values, as JSON, CSV, query filters and seed files write them: kebab case
/// of the member's name ("agro-industry"), or the name a <see cref="JsonStringEnumMemberNameAttribute"/> gives where the
/// value does not follow from a C# name ("0-5", "index-0-100").
/// </summary>
public static class EnumText
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<Enum, string>> Names = new();

    public static string Name<T>(T member) where T : struct, Enum => NamesOf(typeof(T))[member];

    public static IEnumerable<string> All<T>() where T : struct, Enum => Enum.GetValues<T>().Select(Name);

    public static bool TryParse<T>(string text, out T member) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                member = candidate;
                return true;
            }
        }
        member = default;
        return false;
    }

    private static IReadOnlyDictionary<Enum, string> NamesOf(Type type) => Names.GetOrAdd(type, t => t
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .ToDictionary(
            field => (Enum)field.GetValue(null)!,
            field => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.KebabCaseLower.ConvertName(field.Name)));
}
