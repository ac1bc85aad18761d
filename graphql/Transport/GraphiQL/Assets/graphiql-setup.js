// Starts GraphiQL on the page served by the GraphQL endpoint (Actors.GraphQL.Transport).
// Queries and mutations go over HTTP; subscriptions over graphql-transport-ws on the same path,
// with a small client written here so that the page needs nothing from the network.
(function () {
  'use strict';

  var container = document.getElementById('graphiql');
  var endpoint = container.getAttribute('data-endpoint');
  var socketUrl = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + endpoint;
  var httpFetcher = GraphiQL.createFetcher({ url: endpoint });

  function operationType(params, opts) {
    var document = opts && opts.documentAST;
    if (document && document.definitions) {
      var operations = document.definitions.filter(function (definition) {
        return definition.kind === 'OperationDefinition';
      });
      var operation = params.operationName
        ? operations.filter(function (definition) {
            return definition.name && definition.name.value === params.operationName;
          })[0]
        : operations[0];
      return operation ? operation.operation : 'query';
    }

    var source = (params.query || '').replace(/#[^\n\r]*/g, '');
    return /^\s*subscription\b/.test(source) ? 'subscription' : 'query';
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
    if (operationType(params, opts) === 'subscription') {
      return subscribe(params, opts && opts.headers);
    }
    return httpFetcher(params, opts);
  }

  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true })
  );
})();
