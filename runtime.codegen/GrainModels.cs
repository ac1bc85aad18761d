using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Actors.Runtime.CodeGen;

/// <summary>An immutable list compared by its items, so incremental pipeline models cache correctly.</summary>
internal readonly struct GrainValueList<T> : IEquatable<GrainValueList<T>>, IEnumerable<T>
{
    private readonly ImmutableArray<T> _items;

    public GrainValueList(IEnumerable<T> items) => _items = items.ToImmutableArray();

    public int Count => _items.IsDefault ? 0 : _items.Length;

    public T this[int index] => _items[index];

    public bool Equals(GrainValueList<T> other) => this.SequenceEqual(other);

    public override bool Equals(object? obj) => obj is GrainValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in this)
        {
            hash = (hash * 31) + (item?.GetHashCode() ?? 0);
        }

        return hash;
    }

    public IEnumerator<T> GetEnumerator() => (_items.IsDefault ? ImmutableArray<T>.Empty : _items).AsEnumerable().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>How a grain method returns.</summary>
internal enum GrainReturnKind
{
    Task,
    TaskOfT,
    ValueTask,
    ValueTaskOfT,
}

/// <summary>A parameter of a grain interface method: its name and fully qualified type.</summary>
internal sealed record GrainParameterModel(string Name, string Type);

/// <summary>One method of a grain interface, as the proxy and its request class need it.</summary>
internal sealed record GrainMethodModel(
    string DeclaringInterface,
    string Name,
    GrainReturnKind ReturnKind,
    string? ResultType,
    GrainValueList<GrainParameterModel> Parameters,
    bool IsReadOnly,
    bool IsAlwaysInterleave);

/// <summary>A grain interface: the proxy to generate and its methods (inherited grain-interface methods included).</summary>
internal sealed record GrainInterfaceModel(
    string FullName,
    string ShortName,
    string ProxyName,
    GrainValueList<GrainMethodModel> Methods);

/// <summary>How a grain constructor parameter is supplied: a persistent state, or a service.</summary>
internal sealed record GrainConstructorArgument(string Type, string? StateType, string? StateName, string? StorageName);

/// <summary>A grain class: its grain type name, interfaces, constructor and attributes.</summary>
internal sealed record GrainClassModel(
    string FullName,
    string GrainType,
    GrainValueList<string> Interfaces,
    GrainValueList<GrainConstructorArgument> ConstructorArguments,
    bool IsReentrant,
    GrainValueList<string> ImplicitStreamNamespaces);

/// <summary>A problem found in user code, reported as a compile error.</summary>
internal sealed record GrainProblem(string Id, string Message, Microsoft.CodeAnalysis.Location? Location);
