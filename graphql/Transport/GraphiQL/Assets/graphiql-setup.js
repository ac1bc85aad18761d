// Starts GraphiQL on the page served by the GraphQL endpoint (Actors.GraphQL.Transport).
// Queries and mutations go over HTTP; subscriptions over graphql-transport-ws on the same path,
// with a small client written here so that the page needs nothing from the network.
(function () {
  'use strict';

  var container = document.getElementById('graphiql');
  var endpoint = container.getAttribute('data-endpoint');
  var socketUrl = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + endpoint;
  var httpFetcher = GraphiQL.createFetcher({ url: endpoint });

  // The type of the operation to run, read from the document text itself (GraphiQL's parsed document
  // can lag behind the editor): the top-level definitions are scanned, skipping strings, comments and
  // selection sets; the operation named operationName, or else the first one, decides.
  function operationType(query, operationName) {
    var operations = [];
    var depth = 0;
    var awaitingName = null;
    var i = 0;
    while (i < query.length) {
      var c = query[i];
      if (/[\s,\uFEFF]/.test(c)) {
        i++;
        continue;
      }
      var pending = awaitingName;
      awaitingName = null;
      if (c === '#') {
        while (i < query.length && query[i] !== '\n' && query[i] !== '\r') i++;
        awaitingName = pending;
      } else if (c === '"') {
        var block = query.substr(i, 3) === '"""';
        i += block ? 3 : 1;
        while (i < query.length && (block ? query.substr(i, 3) !== '"""' : query[i] !== '"')) {
          i += query[i] === '\\' && !block ? 2 : 1;
        }
        i += block ? 3 : 1;
      } else if (/[_A-Za-z]/.test(c)) {
        var start = i;
        while (i < query.length && /[_0-9A-Za-z]/.test(query[i])) i++;
        var word = query.slice(start, i);
        if (pending) {
          pending.name = word;
        } else if (depth === 0 && /^(query|mutation|subscription|fragment)$/.test(word) && (operations.length === 0 || operations[operations.length - 1].open)) {
          awaitingName = { type: word, name: null, open: false };
          operations.push(awaitingName);
        }
      } else {
        if (c === '{') {
          if (depth === 0) {
            if (operations.length === 0 || operations[operations.length - 1].open) {
              operations.push({ type: 'query', name: null, open: false });
            }
            operations[operations.length - 1].open = true;
          }
          depth++;
        } else if (c === '}') {
          depth--;
        }
        i++;
      }
    }
    var candidates = operations.filter(function (operation) {
      return operation.type !== 'fragment' && (!operationName || operation.name === operationName);
    });
    return candidates.length > 0 ? candidates[0].type : 'query';
  }

  // One socket per subscription: connection_init (GraphiQL's headers as payload), subscribe, then
  // next events until complete, error or close. Returned as an async iterable, as GraphiQL accepts.
  function subscribe(params, headers) {
    var queue = [];
    var waiting = null;
    var finished = false;
    var id = '1';
    var socket = new WebSocket(socketUrl, 'graphql-transport-ws');

    function push(item) {
      if (waiting) {
        var resolve = waiting;
        waiting = null;
        resolve(item);
      } else {
        queue.push(item);
      }
    }

    function finish() {
      if (finished) {
        return;
      }
      finished = true;
      push({ done: true, value: undefined });
      if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) {
        socket.close(1000, 'Normal Closure');
      }
    }

    function send(message) {
      socket.send(JSON.stringify(message));
    }

    socket.onopen = function () {
      send({ type: 'connection_init', payload: headers || {} });
    };
    socket.onmessage = function (event) {
      var message = JSON.parse(event.data);
      switch (message.type) {
        case 'connection_ack':
          send({ id: id, type: 'subscribe', payload: params });
          break;
        case 'ping':
          send({ type: 'pong' });
          break;
        case 'next':
          push({ done: false, value: message.payload });
          break;
        case 'error':
          push({ done: false, value: { errors: message.payload } });
          finish();
          break;
        case 'complete':
          finish();
          break;
      }
    };
    socket.onclose = function (event) {
      if (!finished) {
        push({ done: false, value: { errors: [{ message: 'The socket closed: ' + event.code + ' ' + event.reason }] } });
        finish();
      }
    };

    var iterator = {
      next: function () {
        if (queue.length > 0) {
          return Promise.resolve(queue.shift());
        }
        if (finished) {
          return Promise.resolve({ done: true, value: undefined });
        }
        return new Promise(function (resolve) {
          waiting = resolve;
        });
      },
      return: function () {
        if (!finished && socket.readyState === WebSocket.OPEN) {
          send({ id: id, type: 'complete' });
        }
        finish();
        return Promise.resolve({ done: true, value: undefined });
      },
    };
    iterator[Symbol.asyncIterator] = function () {
      return iterator;
    };
    return iterator;
  }

  function fetcher(params, opts) {
    if (operationType(params.query || '', params.operationName) === 'subscription') {
      return subscribe(params, opts && opts.headers);
    }
    // Without the parsed document, which may lag behind the editor, GraphiQL's fetcher always uses HTTP.
    var httpOpts = {};
    for (var key in opts || {}) {
      if (key !== 'documentAST') httpOpts[key] = opts[key];
    }
    return httpFetcher(params, httpOpts);
  }

  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true })
  );
})();
