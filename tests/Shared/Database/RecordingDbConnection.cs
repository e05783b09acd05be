using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace BudgetGraph.Testing;

/// <summary>
/// A connection to no server that records the text of every command sent through it and answers each with nothing:
/// no rows, a NULL scalar, one affected row. It lets a SQL Server context run code paths that write (the importer)
/// without a server, so the T-SQL they send can be read and parsed.
/// </summary>
public sealed class RecordingDbConnection : DbConnection
{
    private ConnectionState _state = ConnectionState.Closed;

    /// <summary>Every command's text, in the order sent.</summary>
    public List<string> Commands { get; } = [];

    [AllowNull]
    public override string ConnectionString { get; set; } = "Server=(recording);Database=BudgetGraph";
    public override string Database => "BudgetGraph";
    public override string DataSource => "(recording)";
    public override string ServerVersion => "16.00.1000";
    public override ConnectionState State => _state;

    public override void ChangeDatabase(string databaseName) { }
    public override void Open() => _state = ConnectionState.Open;
    public override void Close() => _state = ConnectionState.Closed;
    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => new RecordingTransaction(this, isolationLevel);
    protected override DbCommand CreateDbCommand() => new RecordingCommand(this);

    private sealed class RecordingTransaction(RecordingDbConnection connection, IsolationLevel isolationLevel) : DbTransaction
    {
        public override IsolationLevel IsolationLevel => isolationLevel;
        protected override DbConnection DbConnection => connection;
        public override void Commit() { }
        public override void Rollback() { }
    }

    private sealed class RecordingCommand(RecordingDbConnection owner) : DbCommand
    {
        private static readonly System.Text.RegularExpressions.Regex OneValueQuery = new(
            @"^SELECT ((?<exists>CASE\s+WHEN (NOT )?EXISTS)|COUNT\(|COUNT_BIG\()", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        [AllowNull]
        public override string CommandText { get; set; } = "";
        public override int CommandTimeout { get; set; }
        public override CommandType CommandType { get; set; }
        public override bool DesignTimeVisible { get; set; }
        public override UpdateRowSource UpdatedRowSource { get; set; }
        protected override DbConnection? DbConnection { get; set; } = owner;
        protected override DbParameterCollection DbParameterCollection { get; } = new ParameterCollection();
        protected override DbTransaction? DbTransaction { get; set; }

        public override void Cancel() { }
        public override void Prepare() { }
        protected override DbParameter CreateDbParameter() => new Parameter();

        public override int ExecuteNonQuery()
        {
            owner.Commands.Add(CommandText);
            return 1;
        }

        public override object? ExecuteScalar()
        {
            owner.Commands.Add(CommandText);
            return DBNull.Value;
        }

        protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior)
        {
            owner.Commands.Add(CommandText);
            var table = new DataTable();
            // A query of one computed value (EF Core's Any, Count, Max) always returns one row: 0, "no" and "none".
            var oneValue = OneValueQuery.Match(CommandText);
            if (oneValue.Success)
            {
                var exists = oneValue.Groups["exists"].Success;
                table.Columns.Add("value", exists ? typeof(bool) : typeof(int));
                table.Rows.Add(exists ? false : 0);
            }
            return table.CreateDataReader();
        }
    }

    private sealed class Parameter : DbParameter
    {
        public override DbType DbType { get; set; }
        public override ParameterDirection Direction { get; set; }
        public override bool IsNullable { get; set; }
        [AllowNull]
        public override string ParameterName { get; set; } = "";
        public override int Size { get; set; }
        [AllowNull]
        public override string SourceColumn { get; set; } = "";
        public override bool SourceColumnNullMapping { get; set; }
        public override object? Value { get; set; }
        public override void ResetDbType() { }
    }

    private sealed class ParameterCollection : DbParameterCollection
    {
        private readonly List<DbParameter> _items = [];
        public override int Count => _items.Count;
        public override object SyncRoot => _items;
        public override int Add(object value) { _items.Add((DbParameter)value); return _items.Count - 1; }
        public override void AddRange(Array values) { foreach (var value in values) Add(value); }
        public override void Clear() => _items.Clear();
        public override bool Contains(object value) => _items.Contains((DbParameter)value);
        public override bool Contains(string value) => _items.Exists(p => p.ParameterName == value);
        public override void CopyTo(Array array, int index) => ((System.Collections.ICollection)_items).CopyTo(array, index);
        public override System.Collections.IEnumerator GetEnumerator() => _items.GetEnumerator();
        public override int IndexOf(object value) => _items.IndexOf((DbParameter)value);
        public override int IndexOf(string parameterName) => _items.FindIndex(p => p.ParameterName == parameterName);
        public override void Insert(int index, object value) => _items.Insert(index, (DbParameter)value);
        public override void Remove(object value) => _items.Remove((DbParameter)value);
        public override void RemoveAt(int index) => _items.RemoveAt(index);
        public override void RemoveAt(string parameterName) => _items.RemoveAt(IndexOf(parameterName));
        protected override DbParameter GetParameter(int index) => _items[index];
        protected override DbParameter GetParameter(string parameterName) => _items[IndexOf(parameterName)];
        protected override void SetParameter(int index, DbParameter value) => _items[index] = value;
        protected override void SetParameter(string parameterName, DbParameter value) => _items[IndexOf(parameterName)] = value;
    }
}
