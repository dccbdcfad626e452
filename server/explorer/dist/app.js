import{a as O,b as F,c as ne,d as ae,e as Y,f as me,g as L,h as G,i as A,j}from"./chunk-BMBJA7ZN.js";import"./chunk-OOJM4CTU.js";var E,bt,Un,re,Xe,Le,vt,Ie,wt,Ye,Qe,jn,xe=Symbol.for("pv"),Me={},Oe=[],Bn=/^m(i|n|o|s|text|space)$/,Ze=Array.isArray,xt=Oe.slice,ue=Object.assign;function de(e){e&&e.parentNode&&e.remove()}function Ae(e,t,o,i,a){var r={type:e,props:t,key:o,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:xe,__v:a||++bt,__i:-1,__u:0};return!a&&E.vnode&&E.vnode(r),r}function U(e){return e.children}function Ne(e,t){this.props=e,this.context=t,this.__g=0}function se(e,t){if(t==null)return e.__&&se(e.__,e.__i+1);for(var o;t<e.__k.length;t++)if((o=e.__k[t])&&o.__e)return o.__e;return typeof e.type!="function"||e.props.__P?null:se(e)}function Hn(e){var t,o=e.__v,i=o.__e,a=[],r=[],l=e.__P;l&&((t=ue({constructor:xe},o)).__v=o.__v+1,E.vnode&&E.vnode(t),et(l,t,o,e.__n,l.namespaceURI,32&o.__u?[i]:null,a,i||se(o),32&o.__u,r),t.__v=o.__v,t.__.__k[t.__i]=t,Et(a,t,r),o.__=o.__e=null,t.__e!=i&&kt(t))}function kt(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),kt(e)}function yt(e){(8&e.__g||(e.__g|=8,re.push(e),Le++))&&Xe==E.debounceRendering||((Xe=E.debounceRendering)||queueMicrotask)(Ct)}function Ct(){try{for(var e,t=1;re.length;)re.length>t&&re.sort(vt),e=re.shift(),t=re.length,8&e.__g&&Hn(e)}finally{(Le=re.length)&&(Xe||queueMicrotask)(Ct)}}function $t(e,t,o,i,a,r,l,s,p,c,d){var b,w,u,h,v,f,g=i.__k||Oe,x=t.length;for(p=Fn(o,t,g,p,x),b=0;b<x;b++)(u=o.__k[b])!=null&&(w=~u.__i&&g[u.__i]||Me,u.__i=b,f=et(e,u,w,a,r,l,s,p,c,d),h=u.__e,(w.ref!=u.ref||8&w.__u)&&(w.ref&&tt(w.ref,null,u,w),u.ref&&d.push(u.ref,u.__c||h,u)),v=v||h,4&u.__u?(p=Rt(u,p,e,!w.__v),w.__e&&(w.__e=null)):typeof u.type=="function"&&f!==void 0?p=f:h&&(p=h.nextSibling),u.__u&=-21);return o.__e=v,p}function Fn(e,t,o,i,a){var r,l,s,p,c,d,b,w,u,h=o.length,v=h,f=0,g=0,x=e.__k=Array(a);for(r=0;r<a;r++)(l=t[r])!=null&&typeof l!="boolean"&&typeof l!="function"?(typeof l!="object"||l.constructor===String?l=x[r]=Ae(null,l):Ze(l)?l=x[r]=Ae(U,{children:l}):l.constructor===xe&&l.__b?l=x[r]=Ae(l.type,l.props,l.key,l.ref,l.__v):x[r]=l,p=r+f,l.__=e,l.__b=e.__b+1,s=null,~(c=l.__i=Wn(l,o,p,v))&&(v--,(s=o[c])&&(s.__u|=2)),s&&s.__v?(l.__u|=16,c==p-1?f--:c==p+1?f++:c!=p&&(c>p?f--:f++,g=1)):(~c||(a>h?f--:a<h&&f++),typeof l.type!="function"&&(l.__u|=4))):x[r]=null;if(g){for(d=[],b=[],r=0;r<a;r++)if((l=x[r])&&16&l.__u){for(f=0,w=d.length;f<w;)d[u=f+w>>1]<l.__i?f=u+1:w=u;d[f]=l.__i,b[r]=f+1}for(f=d.length;r--;)b[r]&&(b[r]==f?f--:x[r].__u|=4)}if(v)for(r=0;r<h;r++)!(s=o[r])||2&s.__u||(s.__e==i&&(i=se(s)),nt(s,s));return i}function Rt(e,t,o,i){var a,r,l,s;if(typeof e.type=="function"){if(e.props.__P)return t;if(a=e.__k)for(r=0;r<a.length;r++)a[r]&&(a[r].__=e,t=Rt(a[r],t,o,!1));return t}for(t&&!t.parentNode&&(t=se(e))&&!t.parentNode&&(t=null),l=e.__e,s=t;s&&s.nodeType==8;)s=s.nextSibling;for(l!=s&&(!i&&o.moveBefore&&l.parentNode?o.moveBefore(l,t):o.insertBefore(l,t||null)),t=l;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function Wn(e,t,o,i){var a,r=e.key,l=e.type,s=t[o],p=s&&!(2&s.__u);if(s===null&&r==null||p&&r==s.key&&l==s.type)return o;if(i>(p?1:0)){for(a=o-1;a>=0;a--)if((s=t[a])&&!(2&s.__u)&&r==s.key&&l==s.type)return a;for(a=o+1;a<t.length;a++)if((s=t[a])&&!(2&s.__u)&&r==s.key&&l==s.type)return a}return-1}function _t(e,t,o){o==null&&(o=""),t[0]=="-"?e.setProperty(t,o):e[t]=o}function Pe(e,t,o,i,a){var r,l;if(t=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(t in i)o&&t in o||_t(e.style,t);if(o)for(t in o)i&&o[t]==i[t]||_t(e.style,t,o[t])}else if(t[0]=="o"&&t[1]=="n")typeof o!="function"&&(o=null),typeof i!="function"&&(i=null),(e.__e||(e.__e={}))[t]=o,o&&i||(l=Qe[t]||(Qe[t]=Vn(t)),(e.__a||(e.__a={}))[t]=Ye,r=t!=(t=t.replace(wt,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),o?e.addEventListener(t,l,r):e.removeEventListener(t,l,r));else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=o??"")}catch{}if(typeof o=="function")return;o==null||o===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&o==1?"":o)}}function Vn(e){return function(t){var o=this.__e;if(o){if(o=o[e],t[Ie]==null)t[Ie]=Ye++;else if(t[Ie]<this.__a[e])return;return o(E.event?E.event(t):t)}}}function et(e,t,o,i,a,r,l,s,p,c){var d,b,w,u,h,v,f,g,x,_,C,m,R,I,$,P,M,Q,y=t.type;if(t.constructor!==xe)return null;128&o.__u&&(p=32&o.__u,d=o.__c.__z)&&(t.__u|=p,b=r=[],d.nodeType==8?s=De(d,r):r.push(d),s=r[0]||s),(d=E.__b)&&d(t);e:if(typeof y=="function"){w=l.length;try{if(g=t.props,x=(d=y.prototype)&&d.render,_=(d=y.contextType)&&i[d.__c],C=d?_?_.props.value:d.__:i,(u=o.__c)?(t.__c=u,2&u.__g&&(u.__g|=1)):(x?t.__c=u=new y(g,C):(t.__c=u=new Ne(g,C),u.constructor=y,u.render=Kn),_&&_.sub(u),u.state||(u.state={}),u.__n=i,u.__g|=8,u.__h=[],u.__k=[]),x&&(u.__s||(u.__s=u.state),y.getDerivedStateFromProps&&(u.__s==u.state&&(u.__s=ue({},u.__s)),ue(u.__s,y.getDerivedStateFromProps(g,u.__s)))),h=u.props,v=u.state,u.__v=t,o.__c){if(g!==h&&x&&!y.getDerivedStateFromProps&&u.componentWillReceiveProps&&u.componentWillReceiveProps(g,C),t.__v==o.__v&&!(8&u.__g)||!(4&u.__g)&&u.shouldComponentUpdate&&u.shouldComponentUpdate(g,u.__s,C)===!1){t.__v!=o.__v&&(u.props=g,u.state=u.__s,u.__g&=-9),t.__e=o.__e,t.__k=o.__k,t.__k.some(function(S){S&&(S.__=t)}),Oe.push.apply(u.__h,u.__k),u.__k=[],u.__h.length&&l.push(u),s=se(o);break e}u.componentWillUpdate&&u.componentWillUpdate(g,u.__s,C),x&&u.componentDidUpdate&&u.__h.push(function(){u.componentDidUpdate(h,v,f)})}else x&&!y.getDerivedStateFromProps&&u.componentWillMount&&u.componentWillMount(),x&&u.componentDidMount&&u.__h.push(u.componentDidMount);u.context=C,u.props=g,u.__P=e,u.__g&=-5,m=E.__r,R=x?25:0;do u.__g&=-9,m&&m(t),d=u.render(u.props,u.state=u.__s,u.context);while(8&u.__g&&++R<25);x&&(Oe.push.apply(u.__h,u.__k),u.__k=[]),u.state=u.__s,u.getChildContext&&(i=ue({},i,u.getChildContext())),x&&o.__c&&u.getSnapshotBeforeUpdate&&(f=u.getSnapshotBeforeUpdate(h,v)),I=d&&d.type===U&&d.key==null?d.props.children:d,g.__P&&(d=s,a=(e=g.__P).namespaceURI,p=r=null,o.props&&o.props.__P!=e&&(o.__k.some(function(S){S&&nt(S,S)}),o.__k=null),s=o.__k?se(o,0):null),s=$t(e,Ze(I)?I:[I],t,o,i,a,r,l,s,p,c),g.__P&&(t.__e=null,s=d),t.__u&=-161,b&&b.some(de),u.__h.length&&l.push(u),1&u.__g&&(u.__g&=-4)}catch(S){if(l.length=w,t.__v=null,p||r)if(S&&S.then){if(t.__u|=128|p,r){for(~(M=r.indexOf(s||void 0))||(M=r.length);(Q=r[M-1])&&Q.nodeType==8;)M--;for(;M<r.length;M++)if(Q=r[M])if(r[M]=null,$){if(Q==P)break}else{if(Q.nodeType!=8)break;Q.data.startsWith("$s")&&(P=De($=Q))}}if(!$){for(;s&&s.nodeType==8&&s.nextSibling;)s=s.nextSibling;$=s}(d=De($=t.__c.__z||(t.__c.__z=$)))?(t.__e=$,s=d):t.__e=s,s=s&&s.nextSibling}else r&&r.some(de);else t.__e=o.__e;t.__k||(t.__k=o.__k||[]),S&&S.then||St(t),E.__e(S,t,o)}}else s=t.__e=Gn(o.__e,t,o,i,a,r,l,p,c,e);return(d=E.diffed)&&d(t),s}function De(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var o=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))o++;else if(e.data.startsWith("/$s")&&!--o)return e}t&&t.push(e)}}function St(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(St))}function Et(e,t,o){for(var i=0;i<o.length;)tt(o[i++],o[i++],o[i++]);E.__c&&E.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(r){r.call(a)})}catch(r){E.__e(r,a.__v)}})}function Gn(e,t,o,i,a,r,l,s,p,c){var d,b,w,u,h,v,f,g,x=o.props||Me,_=t.props,C=t.type;if(C=="svg"?a="http://www.w3.org/2000/svg":C=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),r){for(d=0;d<r.length;d++)if((h=r[d])&&(C?h.localName==C:h.nodeType==3)){e=h,r[d]=null;break}}if(!e){if(g=c.ownerDocument||document,!C)return g.createTextNode(_);e=g.createElementNS(a,C,_.is?_:c),s&&(E.__m&&E.__m(t,r),s=!1),r=null}if(C){if(c=C=="template"&&e.content||e,r=C=="textarea"&&_.defaultValue!=null?null:r&&xt.call(c.childNodes),!s&&r)for(x={},d=0;d<e.attributes.length;d++)x[(h=e.attributes[d]).name]=h.value;for(d in x)h=x[d],d=="dangerouslySetInnerHTML"?w=h:d=="children"||d in _||d=="value"&&"defaultValue"in _||d=="checked"&&"defaultChecked"in _||Pe(e,d,null,h,a);for(d in _)h=_[d],d=="children"?u=h:d=="dangerouslySetInnerHTML"?b=h:d=="value"?v=h:d=="checked"?f=h:s&&typeof h!="function"||x[d]===h||Pe(e,d,h,x[d],a);b?(s||w&&(b.__html==w.__html||b.__html==e.innerHTML)||(e.innerHTML=b.__html),t.__k=[]):(w&&(e.textContent=""),(C=="foreignObject"||a=="http://www.w3.org/1998/Math/MathML"&&Bn.test(C))&&(a="http://www.w3.org/1999/xhtml"),$t(c,Ze(u)?u:[u],t,o,i,a,r,l,r?r[0]:o.__k&&se(o,0),s,p),r&&r.some(de)),s&&C!="textarea"||(d="value",C=="progress"&&v==null?e.removeAttribute(d):v==null||v===e[d]&&(C!="progress"||v)||Pe(e,d,v,x[d],a),d="checked",f!=null&&f!=e[d]&&Pe(e,d,f,x[d],a))}else x===_||s&&e.data==_||(e.data=_);return e}function tt(e,t,o,i){try{typeof e=="function"?t?t.__x=e(t)||1:i&&(i=i.__c||i.__e)&&(t=i.__x)&&(i.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(a){E.__e(a,o)}}function nt(e,t,o){var i,a,r,l;if(E.unmount&&E.unmount(e),!(i=e.ref)||i.current&&i.current!=e.__e||tt(i,null,t,e),i=e.__c){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(s){E.__e(s,t)}i.__P=i.__n=null}if(i=e.__k)for(l=0;l<i.length;l++)i[l]&&nt(i[l],t,typeof e.type!="function"||o&&!e.props.__P);!o&&(i=e.__c)&&(i=i.__z)&&(a=De(i,r=[]))&&(i==e.__e&&r.some(de),de(a),de(i)),o||de(e.__e),e.__e=e.__c=e.__=null}function Kn(e,t,o){return this.constructor(e,o)}function Tt(e,t){var o,i,a,r;E.__&&E.__(e,t),t.nodeType==9&&(t=t.documentElement),i=(o=e&&32&e.__u)?null:t.__k,t.__k=Ae(U,{children:[e]}),a=[],r=[],et(t,t.__k,i||Me,Me,t.namespaceURI,i?null:t.firstChild?xt.call(t.childNodes):null,a,i?i.__e:t.firstChild,o,r),Et(a,t.__k,r),t.__k.props.children=null}E={__e:function(e,t,o,i){for(var a,r,l;t=t.__;)if((a=t.__c)&&!(1&a.__g)){a.__g|=4;try{if((l=(r=a.constructor)&&r.getDerivedStateFromError)&&a.setState(r.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,i||{}),l=1),l&&8&a.__g)return void(a.__g|=2)}catch(s){e=s}}throw Le=0,e}},bt=0,Un=function(e){return e!=null&&e.constructor===xe},Ne.prototype.setState=function(e,t){var o=this.__s;o&&o!=this.state||(o=this.__s=ue({},this.state)),typeof e=="function"&&(e=e(ue({},o),this.props)),e&&(ue(o,e),this.__v&&(t&&this.__k.push(t),yt(this)))},Ne.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),yt(this))},Ne.prototype.render=U,re=[],Le=0,vt=function(e,t){return e.__v.__b-t.__v.__b},Ie=Symbol(),wt=/(PointerCapture)$|Capture$/i,Ye=0,Qe={},jn=0;var Ce,z,ot,Pt,it=Object.is,qe=0,zt=[],at=[],q=E,It=q.__b,At=q.__r,Nt=q.diffed,Dt=q.__c,Lt=q.unmount,Mt=q.__;function st(e,t){q.__h&&q.__h(z,e,qe||t),qe=0;var o=z.__H||(z.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function T(e){return qe=1,Jn(jt,e)}function Jn(e,t,o){var i=st(Ce++,2);if(i.t=e,!i.__c&&(i.__=[o?o(t):jt(void 0,t),function(r){var l=(i.__N||i.__)[0],s=i.t(l,r);it(l,s)||(i.__N=[s,i.__[1]],i.__c.setState({}))}],i.__c=z,!z.__f)){z.__f=!0;var a=z.shouldComponentUpdate;z.shouldComponentUpdate=function(r,l,s){var p=this.__H;if(!p)return!0;var c=!1,d=this.props!=r;if(p.__.some(function(w){w.__N&&(c=!0,it(w.__[0],w.__N[0])||(d=!0))}),a){var b=a.call(this,r,l,s);return c?b||d:b}return!c||d}}return i.__}function B(e,t){var o=st(Ce++,3);!q.__s&&Ut(o.__H,t)&&(o.__P=!0,o.__=e,o.u=t,z.__H.__h.push(o))}function H(e){return qe=5,Xn(function(){return{current:e}},[])}function Xn(e,t){var o=st(Ce++,7);return Ut(o.__H,t)&&(o.__=e(),o.__H=t),o.__}function Qn(){var e;do{for(;e=at.shift();)try{ke(e)}catch(o){q.__e(o,{__:(e=e.__P)&&e.__v})}for(;e=zt.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(ke),t.__h.some(rt),t.__h=[]}catch(o){t.__h=[],q.__e(o,e.__v)}}}while(at.length)}q.__b=function(e){z=null,It&&It(e)},q.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Mt&&Mt(e,t)},q.__r=function(e){At&&At(e),Ce=0;var t=(z=e.__c).__H;t&&(ot==z?z.__h=[]:(t.__h.some(ke),t.__h.some(rt),Ce=0),t.__h=[],t.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})),ot=z},q.diffed=function(e){Nt&&Nt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&qt(zt.push(t)),t.__H.__.some(function(o){o.u&&(o.__H=o.u)})),ot=z=null},q.__c=function(e,t){t.some(function(o){try{o.__h.some(ke),o.__h=o.__h.filter(function(i){return!i.__||rt(i)})}catch(i){o.__h=[function(){throw i}]}}),Dt&&Dt(e,t)},q.unmount=function(e){Lt&&Lt(e);var t,o,i=e.__c;i&&i.__H&&(i.__H.__.some(function(a){try{if(a.__P&&a.__c){if(o===void 0){for(o=e.__;o&&(!o.__c||!o.__c.__P);)o=o.__;o=o&&o.__c}a.__P=o,qt(at.push(a))}else ke(a)}catch(r){t=r}}),i.__H=void 0,t&&q.__e(t,i.__v))};var Ot=typeof requestAnimationFrame=="function";function Yn(e){var t,o=function(){clearTimeout(i),Ot&&cancelAnimationFrame(t),setTimeout(e)},i=setTimeout(o,35);Ot&&(t=requestAnimationFrame(o))}function qt(e){e!=1&&Pt==q.requestAnimationFrame||((Pt=q.requestAnimationFrame)||Yn)(Qn)}function ke(e){var t=z,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),z=t}function rt(e){var t=z;e.__c=e.__(),z=t}function Ut(e,t){return!e||e.length!=t.length||t.some(function(o,i){return!it(o,e[i])})}function jt(e,t){return typeof t=="function"?t(e):t}var lt=new Set;function Bt(){let e=decodeURIComponent(window.location.pathname);return{rest:e.startsWith(O.base)?e.slice(O.base.length).replace(/^\/+/,""):"",params:new URLSearchParams(window.location.search),href:window.location.href}}function Ht(e,{replace:t=!1}={}){let o=new URL(e,window.location.href);if(o.href===window.location.href)return;window.history[t?"replaceState":"pushState"](null,"",o.pathname+o.search+o.hash),!!1&&!t&&window.scrollTo(0,0);for(let a of lt)a()}function N(e){let t=new URLSearchParams(window.location.search);for(let[i,a]of Object.entries(e))a==null||a===""||Array.isArray(a)&&a.length===0?t.delete(i):t.set(i,Array.isArray(a)?a.join(","):String(a));let o=t.toString();Ht(window.location.pathname+(o?"?"+o:""),{replace:!0})}function Ft(){let[e,t]=T(Bt);return B(()=>{let o=()=>t(Bt());return lt.add(o),window.addEventListener("popstate",o),()=>{lt.delete(o),window.removeEventListener("popstate",o)}},[]),e}function Zn(e){let t=e.href;return typeof t=="string"?t:t&&t.baseVal?new URL(t.baseVal,window.location.href).href:null}function Wt(){document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest&&e.target.closest("a");if(!t||t.hasAttribute("download")||(t.getAttribute("target")||"").startsWith("_b"))return;let o=Zn(t);if(!o)return;let i=new URL(o);i.origin===window.location.origin&&(i.pathname!==O.base&&!i.pathname.startsWith(O.base+"/")||i.pathname.startsWith(O.base+"/assets/")||(e.preventDefault(),Ht(i.href)))})}var Vt=`# The home page: the dataset, the three cases, and search.

query Home {
  datasetInfo { version nodes relationships sources backend }
  primary: countries(caseRole: PRIMARY) { ...CaseCard }
  comparators: countries(caseRole: COMPARATOR) { ...CaseCard }
  study: node(id: "source:study") { ...Ref }
}

fragment CaseCard on Country {
  iso3
  name
  names { lang value }
  caseRole
  deployments(first: 1) { totalCount }
  reforms { id }
  legalInstruments { id }
  safeguards { id }
  confidence
  citations { source { id } }
}

# Accent-insensitive full-text search (the API's), 50 hits a page.
query Search($text: String!, $after: String) {
  searchConnection(text: $text, first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { score snippet node { ...Ref } }
  }
}

# The countries a view can pick from.
query Countries {
  countries { iso3 name caseRole }
}
`;var Gt=`# The entity pages (/explore/{id}): one query per kind (the ID's prefix names it), each with
# every field of the node, its relationships with their evidence, citations and disputes.

query EntityCountry($id: ID!, $after: String) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...CountryPage
  }
}

query EntityMission($id: ID!, $after: String) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...MissionPage
  }
}

query EntityDeployment($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...DeploymentPage
  }
}

query EntityFunction($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...FunctionPage
  }
}

query EntityReform($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...ReformPage
  }
}

query EntityLegalInstrument($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...LegalInstrumentPage
  }
}

query EntitySafeguard($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...SafeguardPage
  }
}

query EntityPrinciple($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...PrinciplePage
  }
}

query EntityThreat($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...ThreatPage
  }
}

query EntityObstacle($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...ObstaclePage
  }
}

query EntityBenefit($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...BenefitPage
  }
}

query EntityRecommendation($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...RecommendationPage
  }
}

query EntityEvent($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...EventPage
  }
}

query EntitySource($id: ID!) {
  node(id: $id) {
    __typename
    id
    ...SourcePage
  }
}

# An ID whose prefix names no kind: only what every node has.
query EntityAny($id: ID!) {
  node(id: $id) {
    ...Ref
  }
}

fragment CountryPage on Country {
  iso3
  name
  names { lang value }
  caseRole
  facts
  deployments(first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ...Ref ...DeploymentSpan mission { ...Ref } }
  }
  reforms { ...Ref date kind }
  legalInstruments { ...Ref kind reference adopted }
  safeguards { ...Ref kind }
  principles { ...Ref scope }
  threats { threat { ...Ref } since note ...Evidence }
  obstacles { ...Ref }
  benefits { ...Ref }
  recommendations { ...Ref }
  events { ...Ref date }
  selectivity { missionsJoined missionsActive share }
  personnelSeries { date total }
}

fragment MissionPage on Mission {
  acronym
  name
  names { lang value }
  ...MissionSpan
  kind
  chapterVII
  host
  description
  note
  facts
  establishedBy { ...Ref reference adopted }
  contributors { ...Ref }
  deployments(first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ...Ref ...DeploymentSpan country { ...Ref } }
  }
}

fragment DeploymentPage on Deployment {
  title
  country { ...Ref }
  mission { ...Ref ...MissionSpan }
  ...DeploymentSpan
  personnel
  peakStrength
  unit
  description
  facts
  functions { ...Ref }
  authorizedBy { ...Ref reference adopted }
  constrainedBy { ...Ref kind }
  catalyzed { reform { ...Ref } mechanism explanation ...Evidence }
  partners { ...Ref }
}

fragment FunctionPage on Function {
  code
  name
  description
  facts
}

fragment ReformPage on Reform {
  country { ...Ref }
  title
  names { lang value }
  date
  kind
  description
  facts
  instruments { ...Ref reference adopted }
  drivers { deployment { ...Ref } mission { ...Ref } mechanism explanation ...Evidence }
  addresses { ...Ref }
  partners { ...Ref }
}

fragment LegalInstrumentPage on LegalInstrument {
  country { ...Ref }
  kind
  title
  names { lang value }
  reference
  adopted
  inForce
  summary
  facts
  safeguards { ...Ref kind }
  amends { ...Ref adopted }
  amendedBy { ...Ref adopted }
}

fragment SafeguardPage on Safeguard {
  country { ...Ref }
  kind
  title
  description
  since
  facts
  groundedIn { ...Ref reference adopted }
  constrains { ...Ref }
  upholds { ...Ref }
}

fragment PrinciplePage on Principle {
  scope
  name
  names { lang value }
  description
  facts
  heldBy { ...Ref }
  compatibleWith { ...Ref }
  compatibilities { other { ...Ref } ...Evidence }
  definedIn { ...Ref }
}

fragment ThreatPage on Threat {
  name
  names { lang value }
  kind
  description
  facts
  perceivedBy { country { ...Ref } since note ...Evidence }
  definedIn { ...Ref }
}

fragment ObstaclePage on Obstacle {
  country { ...Ref }
  title
  description
  facts
  overcomeBy { ...Ref }
}

fragment BenefitPage on Benefit {
  country { ...Ref }
  title
  description
  facts
}

fragment RecommendationPage on Recommendation {
  country { ...Ref }
  title
  description
  facts
  overcomes { ...Ref }
}

fragment EventPage on Event {
  date
  title
  names { lang value }
  description
  country { ...Ref }
  related { ...Ref }
  facts
}

fragment SourcePage on Source {
  kind
  title
  documentTitle
  authors
  publisher
  agency
  container
  year
  originalYear
  language
  url
  citationKey
  csl
}
`;var Kt=`# The personnel view: a country's IPI monthly series (months without a point have no
# figure: they are drawn as such, never as zero).

query PersonnelSeries($country: String!) {
  country(iso3: $country) {
    iso3
    name
    personnelSeries {
      date
      troops
      police
      experts
      total
      confidence
      citations { locator source { id title url } }
    }
  }
}
`;var Jt=`# The timeline view: a country's deployments against their missions' lifetimes, with its
# laws, reforms and events as marks.

query TimelineCountry($country: String!, $after: String) {
  country(iso3: $country) {
    iso3
    name
    deployments(first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        title
        ...DeploymentSpan
        peakStrength
        personnel
        confidence
        mission { id acronym name kind ...MissionSpan }
      }
    }
  }
  timeline(countries: [$country]) {
    date
    kind
    title
    node { __typename id }
  }
}
`;var Xt=`# The comparison matrix: one row per dimension, one column per country.

query Compare($countries: [String!]!) {
  compare(countries: $countries) {
    countries { ...Ref }
    rows {
      dimension
      description
      cells {
        country { iso3 }
        empty
        values
        nodes { ...Ref }
        citations { ...Cite }
      }
    }
  }
}
`;var Qt=`# Pathways and compliance: participation -> reform chains, and deployment -> safeguard ->
# legal basis chains.

query ReformPathways($country: String!) {
  reformPathways(country: $country) {
    country { ...Ref }
    from { ...Ref ... on Event { date } }
    deployment { ...Ref ...DeploymentSpan }
    mission { ...Ref }
    reform { ...Ref date kind }
    mechanism
    explanation
    basis
    confidence
    citations { ...Cite }
  }
}

query Compliance($country: String!) {
  constitutionalCompliance(country: $country) {
    deployment {
      ...Ref
      ...DeploymentSpan
      mission { acronym }
      authorizedBy { id }
    }
    safeguards { ...Ref kind groundedIn { id } }
    legalBasis { ...Ref kind reference adopted }
    citations { ...Cite }
  }
}
`;var Yt=`# The graph neighbourhood: a node's relationships (never its citations). The view expands
# several nodes in one request by repeating node(id:) { ...Links } under aliases
# (api/graph.js); Neighbours is that request for one node.

query Neighbours($id: ID!) {
  node(id: $id) {
    ...Links
  }
}

query EvidencePath($from: ID!, $to: ID!, $maxHops: Int) {
  evidencePath(from: $from, to: $to, maxHops: $maxHops) {
    relationship
    forward
    node { ...Ref }
  }
}

fragment Links on Node {
  ...Ref
  ... on Country {
    deployments(first: 100) { totalCount nodes { ...Ref } }
    reforms { ...Ref }
    legalInstruments { ...Ref }
    safeguards { ...Ref }
    principles { ...Ref }
    threats { threat { ...Ref } }
    obstacles { ...Ref }
    benefits { ...Ref }
    recommendations { ...Ref }
    events { ...Ref }
  }
  ... on Mission {
    establishedBy { ...Ref }
    contributors { ...Ref }
    deployments(first: 100) { totalCount nodes { ...Ref } }
  }
  ... on Deployment {
    country { ...Ref }
    mission { ...Ref }
    functions { ...Ref }
    authorizedBy { ...Ref }
    constrainedBy { ...Ref }
    catalyzed { reform { ...Ref } }
    partners { ...Ref }
  }
  ... on Reform {
    country { ...Ref }
    instruments { ...Ref }
    drivers { deployment { ...Ref } mission { ...Ref } }
    addresses { ...Ref }
    partners { ...Ref }
  }
  ... on LegalInstrument {
    owner: country { ...Ref }
    safeguards { ...Ref }
    amends { ...Ref }
    amendedBy { ...Ref }
  }
  ... on Safeguard {
    country { ...Ref }
    groundedIn { ...Ref }
    constrains { ...Ref }
    upholds { ...Ref }
  }
  ... on Principle {
    heldBy { ...Ref }
    compatibleWith { ...Ref }
    definedIn { ...Ref }
  }
  ... on Threat {
    perceivedBy { country { ...Ref } }
    definedIn { ...Ref }
  }
  ... on Obstacle { country { ...Ref } overcomeBy { ...Ref } }
  ... on Benefit { country { ...Ref } }
  ... on Recommendation { country { ...Ref } overcomes { ...Ref } }
  ... on Event { owner: country { ...Ref } related { ...Ref } }
}
`;var Zt=`# Dates and spans: the fields that api/time.js reads, and no other module. When spans gain
# an explicit status (a date, ongoing as of a date, unknown with an optional bound), these
# fragments and api/time.js are what change.

fragment MissionSpan on Mission {
  start
  end
}

fragment DeploymentSpan on Deployment {
  start
  end
}
`;var en=`# Fragments shared by the explorer's queries.

# How a related node is shown: its kind, ID and name.
fragment Ref on Node {
  __typename
  id
  ... on Country { iso3 name }
  ... on Mission { acronym name }
  ... on Deployment { title }
  ... on Function { name }
  ... on Reform { title }
  ... on LegalInstrument { title }
  ... on Safeguard { title }
  ... on Principle { name }
  ... on Threat { name }
  ... on Obstacle { title }
  ... on Benefit { title }
  ... on Recommendation { title }
  ... on Event { title }
  ... on Source { title }
}

fragment Cite on Citation {
  locator
  note
  source { id kind title authors publisher year language url }
}

# The evidence of anything Cited: citations, confidence and disputed values.
fragment Evidence on Cited {
  confidence
  citations { ...Cite }
  disputes {
    field
    note
    values { value preferred citations { ...Cite } }
  }
}
`;var co=[Vt,Gt,Kt,Jt,Xt,Qt,Yt,Zt,en];function uo(e){let t=new Map,o=/(query|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/g,i;for(;i=o.exec(e);){let a=0,r=e.indexOf("{",i.index);for(;r<e.length;r++)if(e[r]==="{")a++;else if(e[r]==="}"&&--a===0)break;t.set(i[2],{kind:i[1],text:e.slice(i.index,r+1)}),o.lastIndex=r+1}return t}var ze=new Map;for(let e of co)for(let[t,o]of uo(e))ze.set(t,o);function tn(e){let t=ze.get(e);if(!t||t.kind!=="query")throw new Error(`explorer: no query named ${e}`);let o=new Set,i=[],a=r=>{for(let[,l]of r.matchAll(/\.\.\.\s*([A-Za-z_][A-Za-z0-9_]*)/g)){if(l==="on"||o.has(l))continue;let s=ze.get(l);if(!s)throw new Error(`explorer: query ${e} uses unknown fragment ${l}`);o.add(l),i.push(s.text),a(s.text)}};return a(t.text),[t.text,...i].join(`

`)+`
`}var ge=class extends Error{constructor(t,o,i){super(t),this.errors=o||[],this.status=i,this.code=this.errors[0]?.extensions?.code}},he=new Map,po=100;async function pe(e,t={},{signal:o}={}){let i=tn(e),a={name:e,query:i,variables:t},r=e+" "+JSON.stringify(t);if(he.has(r))return{data:he.get(r),request:a};let l=await fetch(O.endpoint,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},body:JSON.stringify({query:i,variables:t,operationName:e}),signal:o}),s;try{s=await l.json()}catch{throw new ge(`the API answered HTTP ${l.status} without JSON`,[],l.status)}if(s.errors&&s.errors.length>0){let p=s.errors[0],c=p.extensions?.code?` (${p.extensions.code})`:"";throw new ge(`${p.message}${c}`,s.errors,l.status)}if(!l.ok||!s.data)throw new ge(`the API answered HTTP ${l.status}`,[],l.status);return he.size>=po&&he.delete(he.keys().next().value),he.set(r,s.data),{data:s.data,request:a}}function ct(e){let t=new URL(O.playground,window.location.href);return t.searchParams.set("query",e.query),e.variables&&Object.keys(e.variables).length>0&&t.searchParams.set("variables",JSON.stringify(e.variables,null,2)),t.searchParams.set("operationName",e.name),t.pathname+t.search}async function nn(e,t,{signal:o}={}){let i=tn(e),a=ze.get(e).text,r=i.slice(a.length),l=a.slice(a.indexOf("{")+1,a.lastIndexOf("}")).trim(),s=t.map((u,h)=>`$id${h}: ID!`).join(", "),p=t.map((u,h)=>`  n${h}: ${l.replace("$id",`$id${h}`)}`).join(`
`),c=`query ${e}Batch(${s}) {
${p}
}
${r}`,d=Object.fromEntries(t.map((u,h)=>[`id${h}`,u])),b=await fetch(O.endpoint,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},body:JSON.stringify({query:c,variables:d,operationName:`${e}Batch`}),signal:o}),w=await b.json().catch(()=>null);if(!w||w.errors&&w.errors.length){let u=w&&w.errors&&w.errors[0];throw new ge(u?u.message:`the API answered HTTP ${b.status}`,w&&w.errors,b.status)}return{data:t.map((u,h)=>w.data[`n${h}`]),request:{name:`${e}Batch`,query:c,variables:d}}}function $e(e){let t=JSON.stringify(e),[o,i]=T({loading:!0,data:null,requests:[],error:null});return B(()=>{let a=!0,r=new AbortController;return i(l=>({...l,loading:!0,error:null})),Promise.all(e.map(([l,s])=>pe(l,s,{signal:r.signal}))).then(l=>{a&&i({loading:!1,data:l.map(s=>s.data),requests:l.map(s=>s.request),error:null})}).catch(l=>{a&&l.name!=="AbortError"&&i({loading:!1,data:null,requests:[],error:l})}),()=>{a=!1,r.abort()}},[t]),o}function Z(e,t){let o=$e([[e,t||{}]]);return{...o,data:o.data&&o.data[0],request:o.requests[0]}}function J(e){B(()=>{e&&(document.title=`${e} \xB7 peacegraph explorer`)},[e])}function Ue(e){let t=new Map;for(let o of e||[]){if(!o||!o.source)continue;let i=t.get(o.source.id);i||t.set(o.source.id,i={source:o.source,locators:[]}),o.locator&&!i.locators.includes(o.locator)&&i.locators.push(o.locator)}return[...t.values()]}var fo={LEGAL_TEXT:"legislation",UN_DOCUMENT:"report",GOVERNMENT:"report",ACADEMIC:"article-journal",PRESS:"article-newspaper",DATASET:"dataset",OTHER:"webpage"};function mo(e){if(e.includes(",")){let[t,o]=e.split(",",2).map(i=>i.trim());return{family:t,given:o}}return{literal:e}}function dt(e){return Ue(e).map(({source:t,locators:o})=>{let i={id:t.id.replace(/^source:/,""),type:fo[t.kind]||"document",title:t.title};return t.authors&&t.authors.length&&(i.author=t.authors.map(mo)),t.publisher&&(i.publisher=t.publisher),t.year&&(i.issued={"date-parts":[[t.year]]}),t.language&&(i.language=t.language),t.url&&(i.URL=t.url),o.length&&(i.note=`Cited at: ${o.join("; ")}`),i})}async function on(e){let{Cite:t}=await import("./chunk-XBWHFP3H.js");return new t(dt(e)).format("bibtex",{format:"text"})}function ye(e,t,o){let i=o instanceof Blob?o:new Blob([o],{type:t}),a=URL.createObjectURL(i),r=document.createElement("a");r.href=a,r.download=e,document.body.append(r),r.click(),r.remove(),setTimeout(()=>URL.revokeObjectURL(a),1e4),window.__explorerLastExport={filename:e,type:t,text:typeof o=="string"?o:null}}function an(e){if(e==null)return"";let t=Array.isArray(e)?e.join("; "):typeof e=="object"?JSON.stringify(e):String(e);return/[",\r\n]/.test(t)||/^\s|\s$/.test(t)?`"${t.replace(/"/g,'""')}"`:t}function ho(e,t){let o=t||[...new Set(e.flatMap(i=>Object.keys(i)))];return[o.map(an).join(","),...e.map(i=>o.map(a=>an(i[a])).join(","))].join(`\r
`)+`\r
`}function rn(e){let t=e.cloneNode(!0);t.setAttribute("xmlns","http://www.w3.org/2000/svg"),t.setAttribute("xmlns:xlink","http://www.w3.org/1999/xlink");let o=e.getBoundingClientRect();t.getAttribute("width")||t.setAttribute("width",Math.round(o.width)),t.getAttribute("height")||t.setAttribute("height",Math.round(o.height));let i=document.createElementNS("http://www.w3.org/2000/svg","rect");i.setAttribute("width","100%"),i.setAttribute("height","100%"),i.setAttribute("fill","white"),t.insertBefore(i,t.firstChild);let a=document.createElementNS("http://www.w3.org/2000/svg","style");return a.textContent='text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;}',t.insertBefore(a,t.firstChild),new XMLSerializer().serializeToString(t)}async function go(e,t=2){let o=rn(e),i=e.getBoundingClientRect(),a=URL.createObjectURL(new Blob([o],{type:"image/svg+xml"}));try{let r=new Image;await new Promise((p,c)=>{r.onload=p,r.onerror=()=>c(new Error("the chart could not be rasterised")),r.src=a});let l=document.createElement("canvas");l.width=Math.ceil(i.width*t),l.height=Math.ceil(i.height*t);let s=l.getContext("2d");return s.fillStyle="white",s.fillRect(0,0,l.width,l.height),s.scale(t,t),s.drawImage(r,0,0,i.width,i.height),await new Promise(p=>l.toBlob(p,"image/png"))}finally{URL.revokeObjectURL(a)}}var sn={csv:(e,{rows:t,columns:o})=>ye(`${e}.csv`,"text/csv",ho(t,o)),json:(e,{json:t,rows:o})=>ye(`${e}.json`,"application/json",JSON.stringify(t??o,null,2)+`
`),svg:(e,{svg:t})=>ye(`${e}.svg`,"image/svg+xml",rn(t())),png:async(e,{svg:t})=>ye(`${e}.png`,"image/png",await go(t())),csl:(e,{citations:t})=>ye(`${e}.csl.json`,"application/vnd.citationstyles.csl+json",JSON.stringify(dt(t),null,2)+`
`),bibtex:async(e,{citations:t})=>ye(`${e}.bib`,"application/x-bibtex",await on(t))};var yo=Symbol.for("pv"),_o=0;function n(e,t,o,i,a,r){t||(t={});var l,s,p=t;if("ref"in p&&typeof e!="function")for(s in p={},t)s=="ref"?l=t[s]:p[s]=t[s];var c={type:e,props:p,key:o,ref:l,__k:null,__:null,__b:0,__e:null,__c:null,constructor:yo,__v:--_o,__i:-1,__u:0};return(a||r)&&(c.__source=a,c.__self=r),E.vnode&&E.vnode(c),c}function _e({typename:e}){let t=Y(e);return n("span",{class:"kind",style:{"--kind":t.colour},title:t.label,children:t.label})}function D({node:e,showKind:t=!1,children:o}){if(!e)return null;let i=e.__typename||me(e.id);return n("a",{class:"entity-link",href:G(e.id),children:[t&&n(_e,{typename:i}),o||L(e)]})}var bo={HIGH:"High confidence",MEDIUM:"Medium confidence",LOW:"Low confidence"};function be({value:e}){return e?n("span",{class:`confidence confidence-${e.toLowerCase()}`,title:"How sure the research dossier is of this fact: source quality and corroboration, not importance",children:bo[e]||e}):null}function ve({citations:e}){return!e||e.length===0?n("p",{class:"muted",children:"No citation."}):n("ol",{class:"citations",children:e.map((t,o)=>n("li",{children:[n(D,{node:{__typename:"Source",...t.source}}),t.source.year?n("span",{class:"muted",children:[" (",t.source.year,")"]}):null,t.locator&&n("span",{class:"locator",children:[", ",t.locator]}),t.note&&n("span",{class:"note",children:[" \u2014 ",t.note]}),t.source.url&&n(U,{children:[" ",n("a",{class:"external",href:t.source.url,target:"_blank",rel:"noopener noreferrer","aria-label":`Open the source document: ${t.source.title}`,children:"source \u2197"})]})]},o))})}function we({citations:e,id:t}){let[o,i]=T(!1),a=(e||[]).length,r=Ue(e).length;return a===0?n("span",{class:"muted citation-count",children:"no citation"}):n("div",{class:"citation-toggle",children:[n("button",{type:"button",class:"citation-count","aria-expanded":o?"true":"false","aria-controls":t,onClick:()=>i(!o),title:`${a} citation${a===1?"":"s"} of ${r} source${r===1?"":"s"}`,children:[a," citation",a===1?"":"s"]}),o&&n("div",{id:t,class:"citation-popover",children:n(ve,{citations:e})})]})}function ln({disputes:e}){return!e||e.length===0?null:n("section",{class:"disputes","aria-labelledby":"disputes-h",children:[n("h2",{id:"disputes-h",children:"Where sources disagree"}),e.map(t=>n("div",{class:"dispute",children:[n("h3",{children:n("code",{children:t.field})}),t.note&&n("p",{children:t.note}),n("table",{class:"table",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Value"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Sources"})]})}),n("tbody",{children:t.values.map((o,i)=>n("tr",{children:[n("td",{children:o.value}),n("td",{children:o.preferred?n("strong",{children:"preferred"}):"other value"}),n("td",{children:n(ve,{citations:o.citations})})]},i))})]})]},t.field))]})}function oe({requests:e}){let t=(e||[]).filter(Boolean);if(t.length===0)return null;let o=i=>{let a=Object.values(i.variables||{}).filter(r=>typeof r=="string"||Array.isArray(r));return a.length?`${i.name} (${a.flat().join(", ")})`:i.name};return t.length===1?n("a",{class:"button query-link",href:ct(t[0]),target:"_blank",rel:"noopener",title:`Open the GraphQL query ${o(t[0])} in the playground`,children:"Query \u2197"}):n("details",{class:"menu query-menu",children:[n("summary",{class:"button",children:["Queries (",t.length,")"]}),n("ul",{children:t.map((i,a)=>n("li",{children:n("a",{class:"query-link",href:ct(i),target:"_blank",rel:"noopener",children:[o(i)," \u2197"]})},a))})]})}function le({name:e,rows:t,columns:o,json:i,svg:a,citations:r}){let[l,s]=T(null),p=[];t&&p.push(["csv","Data as CSV"]),(t||i)&&p.push(["json","Data as JSON"]),a&&p.push(["svg","Chart as SVG"],["png","Chart as PNG"]),r&&p.push(["csl",`Citations as CSL-JSON (${Ue(r).length} sources)`],["bibtex","Citations as BibTeX"]);let c=async d=>{s(null);try{await sn[d](e,{rows:t,columns:o,json:i,svg:a,citations:r})}catch(b){s(`Export failed: ${b.message}`)}};return n("details",{class:"menu export-menu",children:[n("summary",{class:"button",children:"Export"}),n("ul",{children:p.map(([d,b])=>n("li",{children:n("button",{type:"button","data-export":d,onClick:()=>c(d),children:b})},d))}),l&&n("p",{role:"alert",class:"error",children:l})]})}function W({what:e}){return n("p",{class:"loading",role:"status",children:["Loading ",e,"\u2026"]})}function V({error:e}){return n("div",{class:"error-box",role:"alert",children:[n("strong",{children:"The API answered with an error."})," ",e.message]})}function ce({title:e,children:t,requests:o,exportProps:i}){return n("header",{class:"view-header",children:[n("div",{children:[n("h1",{tabIndex:-1,id:"view-title",children:e}),t&&n("div",{class:"lede",children:t})]}),n("div",{class:"toolbar",children:[n(oe,{requests:o}),i&&n(le,{...i})]})]})}var vo={MEX:"The primary case: should Mexico practise Selective Peacekeeping?",ARG:"Participation as a catalyser of reform and a harmoniser of policy.",JPN:"Legal safeguards that kept participation within Article 9."};function wo({c:e}){return n("article",{class:"case",style:{"--case":ne(e.iso3)},children:[n("h3",{children:[n(D,{node:{__typename:"Country",...e}}),n("span",{class:"muted",children:[" \xB7 ",e.caseRole==="PRIMARY"?"primary case":"comparator"]})]}),n("p",{children:vo[e.iso3]}),n("dl",{class:"counts",children:[n("div",{children:[n("dt",{children:"Deployments"}),n("dd",{children:e.deployments.totalCount})]}),n("div",{children:[n("dt",{children:"Reforms"}),n("dd",{children:e.reforms.length})]}),n("div",{children:[n("dt",{children:"Legal instruments"}),n("dd",{children:e.legalInstruments.length})]}),n("div",{children:[n("dt",{children:"Safeguards"}),n("dd",{children:e.safeguards.length})]})]}),n("p",{class:"case-links",children:[n("a",{href:A("timeline",{countries:e.iso3}),children:"Timeline"})," \xB7 ",n("a",{href:A("graph",{focus:e.id}),children:"Graph"})," \xB7"," ",n("a",{href:A("pathways",{country:e.iso3}),children:"Pathways"})]})]})}function xo({text:e}){let[t,o]=T({text:null,hits:[],total:0,next:null,requests:[],error:null,loading:!1}),i=async l=>{o(s=>({...s,loading:!0}));try{let{data:s,request:p}=await pe("Search",l?{text:e,after:l}:{text:e}),c=s.searchConnection;o(d=>({text:e,hits:l?[...d.hits,...c.nodes]:c.nodes,total:c.totalCount,next:c.pageInfo.hasNextPage?c.pageInfo.endCursor:null,requests:l?[...d.requests,p]:[p],error:null,loading:!1}))}catch(s){o(p=>({...p,error:s,loading:!1}))}};if(B(()=>{e&&i(null)},[e]),!e)return null;if(t.error)return n(V,{error:t.error});if(t.text!==e)return n(W,{what:"search results"});let a=new Map;for(let l of t.hits){let s=l.node.__typename;a.has(s)||a.set(s,[]),a.get(s).push(l)}let r=[...a.entries()].sort((l,s)=>ae.indexOf(l[0])-ae.indexOf(s[0]));return n("section",{class:"search-results","aria-live":"polite","aria-labelledby":"results-h",children:[n("div",{class:"section-head",children:[n("h2",{id:"results-h",children:[t.total===0?"No match":`${t.total} match${t.total===1?"":"es"}`," for \u201C",e,"\u201D",t.total>=100?" (the best 100 are ranked)":""]}),n("div",{class:"toolbar",children:[n(oe,{requests:t.requests}),n(le,{name:"search",rows:t.hits.map(l=>({id:l.node.id,kind:l.node.__typename,score:l.score,snippet:l.snippet}))})]})]}),r.map(([l,s])=>n("div",{class:"result-group",children:[n("h3",{children:[Y(l).plural," ",n("span",{class:"muted",children:["(",s.length,")"]})]}),n("ul",{children:s.map(p=>n("li",{children:[n(D,{node:p.node}),p.snippet&&p.snippet!==p.node.title&&p.snippet!==p.node.name&&n("span",{class:"snippet",children:[" \u2014 ",p.snippet]})]},p.node.id))})]},l)),t.next&&n("button",{type:"button",class:"button",disabled:t.loading,onClick:()=>i(t.next),children:"More results"})]})}function cn({params:e}){J("Home");let t=e.get("q")||"",[o,i]=T(t),a=H(null),{data:r,error:l,loading:s,request:p}=Z("Home");B(()=>i(t),[t]);let c=d=>{d.preventDefault(),N({q:o.trim()})};return n("div",{class:"view home",children:[n("header",{class:"view-header",children:[n("div",{children:[n("h1",{tabIndex:-1,id:"view-title",children:"Selective Peacekeeping: the evidence"}),n("div",{class:"lede study",children:[n("p",{children:["The study argues that Mexico should practise ",n("em",{children:"Selective Peacekeeping"}),": join only selected UN operations and perform only selected functions, so that participation serves its foreign policy and modernises its armed forces against the \u201Cnew threats\u201D it perceives at home (drug trafficking, organised crime, terrorism), once domestic opposition and a tradition of non-involvement are overcome. It compares Argentina, where participation catalysed military reform and harmonised policy, and Japan, where legal safeguards kept participation within Article 9 of its constitution. It finds Mexico\u2019s foreign-policy principles compatible with UN peacekeeping."]}),r&&r.study&&n("p",{class:"muted",children:["Restated from ",n(D,{node:r.study}),"."]})]})]}),n("div",{class:"toolbar",children:n(oe,{requests:[p]})})]}),n("form",{class:"search",role:"search",onSubmit:c,children:[n("label",{for:"search-input",children:"Search the graph"}),n("div",{class:"search-row",children:[n("input",{id:"search-input",ref:a,type:"search",value:o,placeholder:"e.g. caecopaz, Art\xEDculo 76, PKO Act, MINUSTAH",onInput:d=>i(d.currentTarget.value),autocomplete:"off",spellcheck:!1}),n("button",{type:"submit",class:"button primary",children:"Search"})]}),n("p",{class:"hint",children:"Accent- and case-insensitive; every word must start a word of the entity\u2019s names, titles or descriptions."})]}),n(xo,{text:t}),l&&n(V,{error:l}),s&&!r&&n(W,{what:"the dataset"}),r&&n(U,{children:[n("section",{"aria-labelledby":"cases-h",children:[n("h2",{id:"cases-h",children:"The three cases"}),n("div",{class:"cases",children:[...r.primary,...r.comparators].map(d=>n(wo,{c:{...d,id:`country:${d.iso3.toLowerCase()}`}},d.iso3))})]}),n("section",{"aria-labelledby":"views-h",children:[n("h2",{id:"views-h",children:"Views"}),n("ul",{class:"view-cards",children:[n("li",{children:n("a",{href:A("personnel"),children:[n("strong",{children:"Personnel"})," \u2014 the IPI monthly series of the three countries, 1990\u20132014."]})}),n("li",{children:n("a",{href:A("timeline"),children:[n("strong",{children:"Timeline"})," \u2014 deployments against mission lifetimes, with laws, reforms and events."]})}),n("li",{children:n("a",{href:A("compare"),children:[n("strong",{children:"Compare"})," \u2014 the comparison matrix, every cell with its citations."]})}),n("li",{children:n("a",{href:A("pathways"),children:[n("strong",{children:"Pathways & compliance"})," \u2014 participation \u2192 reform; deployment \u2192 safeguard \u2192 legal basis."]})}),n("li",{children:n("a",{href:A("graph",{focus:"country:mex"}),children:[n("strong",{children:"Graph"})," \u2014 a node\u2019s neighbourhood and the evidence path between two entities."]})})]})]}),n("section",{"aria-labelledby":"dataset-h",class:"dataset",children:[n("h2",{id:"dataset-h",children:"The dataset"}),n("dl",{class:"counts wide","data-testid":"dataset-counts",children:[n("div",{children:[n("dt",{children:"Nodes"}),n("dd",{"data-count":"nodes",children:r.datasetInfo.nodes})]}),n("div",{children:[n("dt",{children:"Relationships"}),n("dd",{"data-count":"relationships",children:r.datasetInfo.relationships})]}),n("div",{children:[n("dt",{children:"Sources"}),n("dd",{"data-count":"sources",children:r.datasetInfo.sources})]}),n("div",{children:[n("dt",{children:"Version"}),n("dd",{"data-count":"version",children:n("code",{children:r.datasetInfo.version})})]}),n("div",{children:[n("dt",{children:"Backend"}),n("dd",{"data-count":"backend",children:r.datasetInfo.backend})]})]})]})]})]})}var ko=/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;function ee(e){if(typeof e!="string")return null;let t=ko.exec(e);if(!t)return null;let o=+t[1];if(t[3]){let i=Date.UTC(o,+t[2]-1,+t[3]);return{text:e,precision:"day",first:new Date(i),next:new Date(i+864e5)}}return t[2]?{text:e,precision:"month",first:new Date(Date.UTC(o,+t[2]-1,1)),next:new Date(Date.UTC(o,+t[2],1))}:{text:e,precision:"year",first:new Date(Date.UTC(o,0,1)),next:new Date(Date.UTC(o+1,0,1))}}var dn=e=>{let t=ee(e);return t?{status:"known",date:t}:{status:"unknown",bound:null}};function X(e){return{start:dn(e.start),end:dn(e.end)}}function ut(e){for(let t of["date","adopted","since"])if(e&&typeof e[t]=="string")return ee(e[t]);return null}var pn={Mission:["start","end"],Deployment:["start","end"],Reform:["date"],Event:["date"],LegalInstrument:["adopted","inForce"],Safeguard:["since"],ThreatPerception:["since"]};function un(e,t){if(!e)return"unknown";switch(e.status){case"known":return e.date.text;case"ongoing":return`ongoing (as of ${e.asOf.text})`;default:return t==="end"?e.bound?`end unknown (by ${e.bound.text})`:"end unknown":e.bound?`start unknown (from ${e.bound.text})`:"start unknown"}}function ie(e){return`${un(e.start,"start")} \u2013 ${un(e.end,"end")}`}function fn(e,t,o){return o??(e==="Mission"&&t==="end"?"not given (ongoing, or end unknown: see note)":"not given by the sources")}function mn(e,t){let o=[],i=+e.slice(0,4),a=+e.slice(5,7),r=+t.slice(0,4),l=+t.slice(5,7);for(;i<r||i===r&&a<=l;)o.push(`${i}-${String(a).padStart(2,"0")}`),++a>12&&(a=1,i++);return o}function K(e){return e.date.slice(0,7)}function hn(e){let t=X(e),o=e.mission?X(e.mission):null;return o&&(t.end.status==="unknown"&&!t.end.bound&&o.end.status==="known"&&(t.end={...t.end,bound:o.end.date}),t.start.status==="unknown"&&!t.start.bound&&o.start.status==="known"&&(t.start={...t.start,bound:o.start.date})),t}var pt=e=>e.start.status==="known"&&e.end.status==="known";function je(e){let t=e.start.status==="known"?e.start.date.first:e.start.bound?e.start.bound.first:null,o=e.end.status==="known"?e.end.date.next:e.end.bound?e.end.bound.next:null;return{lo:t,hi:o}}function te(e){let t=ut(e);return t?t.text:null}var Re=e=>e.status==="known"?e.date.text:"";var Be=e=>e.replace(/([a-z])([A-Z])/g,(t,o,i)=>`${o} ${i.toLowerCase()}`).replace(/^./,t=>t.toUpperCase()).replace("Chapter v i i","Chapter VII"),Co=new Set(["__typename","id","citations","confidence","disputes","facts","names"]),He=e=>e&&typeof e=="object"&&typeof e.id=="string"&&e.__typename,$o=e=>e&&typeof e=="object"&&Array.isArray(e.nodes)&&"totalCount"in e,Ro=e=>Array.isArray(e)&&e.length>0&&e.every(t=>t&&typeof t=="object"&&!He(t)&&"citations"in t);function So(e){let t=[];e.kind&&t.push(j(e.kind)),e.scope&&t.push(j(e.scope)),e.reference&&t.push(e.reference),("start"in e||"end"in e)&&t.push(ie(X(e)));let o=te(e);return o&&t.push(o),e.mission&&e.mission.acronym&&t.push(e.mission.acronym),e.country&&e.country.iso3&&t.push(e.country.iso3),t.length?n("span",{class:"muted",children:[" \xB7 ",t.join(" \xB7 ")]}):null}function Eo({items:e}){return e.length===0?n("p",{class:"muted",children:"None in the graph."}):n("ul",{class:"refs",children:e.map(t=>n("li",{children:[n(D,{node:t,showKind:!0}),So(t)]},t.id))})}function To({field:e,items:t}){return n("table",{class:"table links",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Linked to"}),n("th",{scope:"col",children:"What the evidence says"}),n("th",{scope:"col",children:"Confidence"}),n("th",{scope:"col",children:"Evidence"})]})}),n("tbody",{children:t.map((o,i)=>{let a=Object.values(o).filter(He);return n("tr",{children:[n("td",{children:a.map(r=>n("div",{children:n(D,{node:r,showKind:!0})},r.id))}),n("td",{children:[o.mechanism&&n("strong",{children:[j(o.mechanism),". "]}),te(o)&&n("span",{children:["Since ",te(o),". "]}),o.explanation||o.note||"",o.disputes&&o.disputes.length>0&&n("p",{class:"muted",children:["Disputed: ",o.disputes.map(r=>r.field).join(", ")]})]}),n("td",{children:n(be,{value:o.confidence})}),n("td",{children:n(we,{citations:o.citations,id:`${e}-${i}-cites`})})]},i)})})]})}function Po(e,t,o){if((pn[e]||[]).includes(t)){let i=fn(e,t,o);return o==null?n("span",{class:"unknown",children:i}):i}return o==null?n("span",{class:"muted",children:"not given"}):typeof o=="boolean"?o?"yes":"no":Array.isArray(o)?o.length?o.map(j).join(", "):n("span",{class:"muted",children:"none stated"}):typeof o=="string"&&/^[A-Z][A-Z0-9_]+$/.test(o)?j(o):typeof o=="string"&&/^https?:\/\//.test(o)?n("a",{href:o,target:"_blank",rel:"noopener noreferrer",class:"external",children:[o," \u2197"]}):String(o)}function Io({node:e,after:t}){let o=e.__typename,i=[],a=[],r=[],l=[];for(let[s,p]of Object.entries(e))if(!Co.has(s))if(s==="selectivity"&&p)l.push(n("section",{"aria-labelledby":"sel-h",children:[n("h2",{id:"sel-h",children:"Selectivity, all years"}),n("p",{children:["Joined ",n("strong",{children:p.missionsJoined})," of the ",n("strong",{children:p.missionsActive})," missions in the graph active while it deployed (share"," ",(p.share*100).toFixed(0),"%). ",n("a",{href:A("compare",{countries:e.iso3}),children:"Compare"})]})]},s));else if(s==="personnelSeries"){if(p.length===0)continue;let c=p.reduce((d,b)=>b.total>d.total?b:d,p[0]);l.push(n("section",{"aria-labelledby":"ps-h",children:[n("h2",{id:"ps-h",children:"Personnel series"}),n("p",{children:[p.length," monthly IPI figures, ",K(p[0])," to ",K(p[p.length-1]),"; peak ",c.total," (",K(c),")."," ",n("a",{href:A("personnel",{countries:e.iso3}),children:"Draw it"})]})]},s))}else if($o(p))a.push([s,p.nodes,p]);else if(Ro(p))r.push([s,p]);else if(Array.isArray(p)&&(p.length===0||He(p[0])))a.push([s,p]);else if(He(p))a.push([s,[p]]);else{if(p&&typeof p=="object"&&!Array.isArray(p))continue;i.push([s,p])}return n(U,{children:[n("section",{"aria-labelledby":"fields-h",children:[n("h2",{id:"fields-h",children:"Fields"}),n("table",{class:"table fields",children:n("tbody",{children:[n("tr",{children:[n("th",{scope:"row",children:"ID"}),n("td",{children:n("code",{children:e.id})})]}),i.map(([s,p])=>n("tr",{children:[n("th",{scope:"row",children:Be(s)}),n("td",{class:s==="description"||s==="summary"||s==="note"?"prose":"",children:Po(o,s,p)})]},s)),e.names&&e.names.length>0&&n("tr",{children:[n("th",{scope:"row",children:"Names"}),n("td",{children:e.names.map(s=>n("div",{lang:s.lang,children:[n("span",{class:"muted",children:[s.lang,":"]})," ",s.value]},s.lang+s.value))})]}),e.facts&&e.facts.length>0&&n("tr",{children:[n("th",{scope:"row",children:"Dossier facts"}),n("td",{children:n("code",{children:e.facts.join(", ")})})]})]})})]}),l,(a.length>0||r.length>0)&&n("section",{"aria-labelledby":"rels-h",children:[n("h2",{id:"rels-h",children:"Relationships"}),r.map(([s,p])=>n("div",{class:"rel",children:[n("h3",{children:[Be(s)," ",n("span",{class:"muted",children:["(",p.length,")"]})]}),n(To,{field:s,items:p})]},s)),a.map(([s,p,c])=>n("div",{class:"rel",children:[n("h3",{children:[Be(s)," ",n("span",{class:"muted",children:["(",c?c.totalCount:p.length,")"]})]}),n(Eo,{items:p}),c&&(c.pageInfo.hasNextPage||t)&&n("p",{class:"pager",children:[t&&n("a",{href:G(e.id),children:"\u2190 first page"})," ",c.pageInfo.hasNextPage&&n("a",{href:`${G(e.id)}?after=${encodeURIComponent(c.pageInfo.endCursor)}`,children:["next ",Be(s).toLowerCase()," \u2192"]})]})]},s))]}),"citations"in e&&n("section",{"aria-labelledby":"cites-h",children:[n("h2",{id:"cites-h",children:["Citations ",n("span",{class:"muted",children:["(",e.citations.length,")"]})]}),n(ve,{citations:e.citations})]}),n(ln,{disputes:e.disputes})]})}function gn({id:e,params:t}){let o=me(e),i=t.get("after")||void 0,a=i&&(o==="Country"||o==="Mission")?{id:e,after:i}:{id:e},{data:r,error:l,loading:s,request:p}=Z(o?`Entity${o}`:"EntityAny",a),c=r&&r.node;if(J(c?L(c):e),l)return n("div",{class:"view",children:[n("h1",{tabIndex:-1,id:"view-title",children:e}),n(V,{error:l})]});if(s&&!c)return n("div",{class:"view",children:[n("h1",{tabIndex:-1,id:"view-title",children:e}),n(W,{what:e})]});if(!c)return n("div",{class:"view",children:[n("h1",{tabIndex:-1,id:"view-title",children:["No entity ",e]}),n("p",{children:["The graph has no node with this ID. ",n("a",{href:A("",{q:e.split(":").pop()}),children:"Search for it"}),"."]})]});let d=Y(c.__typename),b=c.citations||[];return n("div",{class:"view entity","data-entity":c.id,children:[n(ce,{title:L(c),requests:[p],exportProps:{name:c.id.replace(/[:/]/g,"-"),json:c,citations:b},children:[n("p",{class:"entity-meta",children:[n(_e,{typename:c.__typename})," ",n("code",{children:c.id})," ",n(be,{value:c.confidence}),b.length>0&&n("span",{class:"muted",children:[" \xB7 ",b.length," citation",b.length===1?"":"s"]})]}),n("p",{class:"entity-actions",children:[n("a",{href:A("graph",{focus:c.id}),children:"Neighbourhood graph"}),c.__typename==="Country"&&n(U,{children:[" \xB7 ",n("a",{href:A("timeline",{countries:c.iso3}),children:"Timeline"})," \xB7 ",n("a",{href:A("pathways",{country:c.iso3}),children:"Pathways"})]})," \xB7 ",n("span",{class:"muted",children:"Cite this page: "}),n("code",{class:"cite-url",children:window.location.origin+G(c.id)})]})]}),n(Io,{node:c,after:i}),n("p",{class:"muted kind-note",children:[d.label," page."]})]})}var ft;function yn(){return ft||(ft=import("./chunk-LQQT52KV.js")),ft}function _n(e){if(O.nonce){for(let t of e.querySelectorAll("style"))t.setAttribute("nonce",O.nonce);e.tagName&&e.tagName.toLowerCase()==="style"&&e.setAttribute("nonce",O.nonce)}return e}var Fe={fontSize:"13px",fontFamily:'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',overflow:"visible"};function bn(e,t,o="#9a9a9a"){let i="http://www.w3.org/2000/svg",a=document.createElementNS(i,"defs"),r=document.createElementNS(i,"pattern");r.setAttribute("id",t),r.setAttribute("width","6"),r.setAttribute("height","6"),r.setAttribute("patternUnits","userSpaceOnUse"),r.setAttribute("patternTransform","rotate(45)");let l=document.createElementNS(i,"rect");l.setAttribute("width","6"),l.setAttribute("height","6"),l.setAttribute("fill","#f3f3f3");let s=document.createElementNS(i,"line");s.setAttribute("x1","0"),s.setAttribute("y1","0"),s.setAttribute("x2","0"),s.setAttribute("y2","6"),s.setAttribute("stroke",o),s.setAttribute("stroke-width","1.5"),r.append(l,s),a.append(r);let p=e.tagName.toLowerCase()==="svg"?e:e.querySelector("svg");return p.insertBefore(a,p.firstChild),`url(#${t})`}function We({build:e,deps:t,label:o,onDrawn:i,className:a}){let r=H(null),[l,s]=T(null);return B(()=>{let p=!0;return yn().then(c=>{if(!p||!r.current)return;let d=_n(e(c));r.current.replaceChildren(d),r.current.dataset.drawn="true",i&&i(d)}).catch(c=>{console.error(c),p&&s(c)}),()=>{p=!1}},t),n("figure",{class:`chart ${a||""}`,"aria-label":o,children:[n("div",{ref:r,class:"chart-body"}),l&&n("p",{role:"alert",class:"error",children:["The chart could not be drawn: ",l.message]})]})}var Se=[{key:"troops",label:"Troops",colour:F.blue},{key:"police",label:"Police",colour:F.orange},{key:"experts",label:"Experts on mission",colour:F.purple}],vn=["MEX","ARG","JPN"],mt=e=>e==null?"none reported":String(e);function Ao(e,t){let o=[],i=null;for(let a of e)t.has(a)?i&&(o.push(i),i=null):i?i.to=a:i={from:a,to:a};return i&&o.push(i),o.map(a=>({...a,x1:ee(a.from).first,x2:ee(a.to).next}))}function wn(e){return e.citations.map(t=>`${t.source.title}${t.locator?` (${t.locator})`:""}`).join("; ")}function No({country:e,domain:t,yMax:o,mode:i,chartRefs:a}){let r=e.personnelSeries,l=new Set(r.map(K)),s=Ao(t,l),p=ee(t[0]).first,c=ee(t[t.length-1]).next,d=[];for(let h of r){let v=K(h),f=ee(v).first,g=ee(v).next;if(i==="total")d.push({month:v,x1:f,x2:g,category:"Total",value:h.total,p:h});else for(let x of Se)h[x.key]!=null&&d.push({month:v,x1:f,x2:g,category:x.label,value:h[x.key],p:h})}let b=`hatch-${e.iso3}`,w=h=>{let v=h.plot({style:Fe,width:1100,height:220,marginLeft:56,marginRight:20,x:{type:"utc",domain:[p,c],label:null},y:{label:i==="total"?"Uniformed personnel (total)":"Uniformed personnel",grid:!0,domain:o?[0,o]:void 0,nice:!0},color:{domain:i==="total"?["Total"]:Se.map(g=>g.label),range:i==="total"?[ne(e.iso3)]:Se.map(g=>g.colour)},marks:[h.rect(s,{x1:"x1",x2:"x2",fill:"#eeeeee",ariaLabel:g=>`no figure: ${g.from} to ${g.to}`,className:"gap"}),h.rectY(d,h.stackY({x1:"x1",x2:"x2",y:"value",fill:"category",order:i==="total"?null:Se.map(g=>g.label),ariaLabel:g=>`${g.month} ${g.category}: ${g.value}`,insetLeft:.2,insetRight:.2})),h.ruleY([0]),h.tip(r,h.pointerX({x:g=>ee(K(g)).first,y:g=>g.total,title:g=>`${K(g)} \xB7 ${e.name}
Troops: ${mt(g.troops)}
Police: ${mt(g.police)}
Experts on mission: ${mt(g.experts)}
Total: ${g.total}
Source: ${wn(g)}`,lineWidth:40}))]}),f=bn(v,b);for(let g of v.querySelectorAll('g.gap rect, g[aria-label="rect"] rect[aria-label^="no figure"]'))g.setAttribute("fill",f);return v.setAttribute("role","img"),v.setAttribute("aria-label",`${e.name}: monthly uniformed personnel in UN peacekeeping (IPI), ${t[0]} to ${t[t.length-1]}; hatched months have no figure`),v.dataset.country=e.iso3,v},u=r.reduce((h,v)=>v.total>h.total?v:h,r[0]||{total:0});return n("section",{class:"series","aria-labelledby":`ps-${e.iso3}`,children:[n("h2",{id:`ps-${e.iso3}`,children:[n("span",{class:"swatch",style:{background:ne(e.iso3)},"aria-hidden":"true"}),n(D,{node:{__typename:"Country",id:`country:${e.iso3.toLowerCase()}`,name:e.name}}),n("span",{class:"muted series-sub",children:r.length===0?" \xB7 no IPI figures":` \xB7 ${r.length} months with figures, ${K(r[0])} to ${K(r[r.length-1])}; peak ${u.total} (${K(u)})`})]}),n(We,{build:w,deps:[e.iso3,i,o,t.length],label:`${e.name} personnel chart`,onDrawn:h=>a.current[e.iso3]=h})]})}function xn({params:e}){J("Personnel");let t=(e.get("countries")||vn.join(",")).split(",").filter(f=>/^[A-Za-z]{3}$/.test(f)).map(f=>f.toUpperCase()),o=e.get("show")==="total"?"total":"categories",i=e.get("scale")==="shared",{data:a,error:r,loading:l,requests:s}=$e(t.map(f=>["PersonnelSeries",{country:f}])),p=H({}),c=(a||[]).map(f=>f.country).filter(Boolean),d=c.filter(f=>f.personnelSeries.length>0),b=[];if(d.length){let f=d.map(x=>K(x.personnelSeries[0])).sort(),g=d.map(x=>K(x.personnelSeries[x.personnelSeries.length-1])).sort();b=mn(f[0],g[g.length-1])}let w=i?Math.max(...d.flatMap(f=>f.personnelSeries.map(g=>g.total))):null,u=c.flatMap(f=>f.personnelSeries.map(g=>({country:f.iso3,month:K(g),troops:g.troops,police:g.police,experts:g.experts,total:g.total,confidence:g.confidence,sources:wn(g)}))),h=c.flatMap(f=>f.personnelSeries.flatMap(g=>g.citations)),v=f=>N({countries:t.includes(f)?t.filter(g=>g!==f):[...t,f]});return n("div",{class:"view personnel",children:[n(ce,{title:"Uniformed personnel in UN peacekeeping",requests:s,exportProps:{name:"personnel",rows:u,columns:["country","month","troops","police","experts","total","confidence","sources"],svg:()=>Object.values(p.current)[0],citations:h},children:n("p",{children:["Monthly figures from the IPI Peacekeeping Database, by country and category. A month without a figure is ",n("span",{class:"hatch-key","aria-hidden":"true"})," hatched: the data have no row for it, which is not the same as zero. Within a month, a category the source reports as NA is drawn as none. Later deployments are on the"," ",n("a",{href:A("timeline"),children:"timeline"}),"."]})}),n("div",{class:"controls",role:"group","aria-label":"Chart options",children:[n("fieldset",{children:[n("legend",{children:"Countries"}),vn.map(f=>n("label",{class:"check",children:[n("input",{type:"checkbox",checked:t.includes(f),onChange:()=>v(f)})," ",f]},f))]}),n("fieldset",{children:[n("legend",{children:"Show"}),n("label",{class:"check",children:[n("input",{type:"radio",name:"show",checked:o==="categories",onChange:()=>N({show:null})})," By category"]}),n("label",{class:"check",children:[n("input",{type:"radio",name:"show",checked:o==="total",onChange:()=>N({show:"total"})})," Total"]})]}),n("fieldset",{children:[n("legend",{children:"Vertical scale"}),n("label",{class:"check",children:[n("input",{type:"radio",name:"scale",checked:!i,onChange:()=>N({scale:null})})," Per country"]}),n("label",{class:"check",children:[n("input",{type:"radio",name:"scale",checked:i,onChange:()=>N({scale:"shared"})})," Shared"]})]}),o==="categories"&&n("ul",{class:"legend","aria-label":"Legend",children:[Se.map(f=>n("li",{children:[n("span",{class:"swatch",style:{background:f.colour},"aria-hidden":"true"})," ",f.label]},f.key)),n("li",{children:[n("span",{class:"swatch hatch-key","aria-hidden":"true"})," No figure"]})]})]}),r&&n(V,{error:r}),l&&!a&&n(W,{what:"the personnel series"}),a&&c.map(f=>n(No,{country:f,domain:b,yMax:w,mode:o,chartRefs:p},f.iso3)),a&&n("p",{class:"muted coverage",children:["Coverage: the IPI series here run from ",b[0]," to ",b[b.length-1],". Figures are the personnel a country had deployed at the end of each month."]})]})}var ht=["MEX","ARG","JPN"];function fe({selected:e,onChange:t,max:o=8,single:i=!1}){let{data:a}=Z("Countries"),r=a&&a.countries||[],l=c=>(r.find(d=>d.iso3===c)||{}).name||c,s=c=>t(e.includes(c)?e.filter(d=>d!==c):[...e,c].slice(0,o)),p=r.filter(c=>!ht.includes(c.iso3));return i?n("fieldset",{children:[n("legend",{children:"Country"}),n("select",{"aria-label":"Country",value:e[0],onChange:c=>t([c.currentTarget.value]),children:[...ht.map(c=>({iso3:c,name:l(c)})),...p].map(c=>n("option",{value:c.iso3,children:[c.name," (",c.iso3,")"]},c.iso3))})]}):n("fieldset",{children:[n("legend",{children:"Countries"}),[...new Set([...ht,...e])].map(c=>n("label",{class:"check",children:[n("input",{type:"checkbox",checked:e.includes(c),onChange:()=>s(c)})," ",l(c)]},c)),p.length>0&&e.length<o&&n("select",{"aria-label":"Add a country",value:"",onChange:c=>c.currentTarget.value&&s(c.currentTarget.value),children:[n("option",{value:"",children:"Add a country\u2026"}),p.filter(c=>!e.includes(c.iso3)).map(c=>n("option",{value:c.iso3,children:c.name},c.iso3))]})]})}var Ge=[{kind:"LEGAL_INSTRUMENT",lane:"Legal instruments",symbol:"diamond",colour:"#D55E00"},{kind:"REFORM",lane:"Reforms",symbol:"square",colour:"#009E73"},{kind:"EVENT",lane:"Events",symbol:"circle",colour:"#4d4d4d"}],kn=22;function Cn(e,t){let o=e.title.replace(new RegExp(`^${t} in `),"");return o.length>36?o.slice(0,34)+"\u2026":o}var Ve=e=>({href:t=>e(t).href,ariaLabel:t=>e(t).ariaLabel,title:t=>e(t).title});function Do(e){let t=e.deployments.nodes.map(i=>({d:i,s:hn(i),m:X(i.mission)})),o=i=>i.s.start.status==="known"?i.s.start.date.first.getTime():i.s.start.bound?i.s.start.bound.first.getTime()+1:1/0;return t.sort((i,a)=>o(i)-o(a)||i.d.id.localeCompare(a.d.id)),t.map(i=>({...i,key:Cn(i.d,e.iso3)+"\u200B".repeat(0),label:Cn(i.d,e.iso3)}))}function Lo(e){let t=[e.d.title,`Deployment: ${ie(e.s)}`,`${e.d.mission.acronym}: ${ie(e.m)}`];return e.d.peakStrength&&t.push(`Peak strength: ${e.d.peakStrength}`),e.d.personnel.length&&t.push(`Personnel: ${e.d.personnel.map(j).join(", ")}`),t.join(`
`)}function Mo({data:e,domain:t,lanes:o,chartRefs:i}){let a=e.country,r=ne(a.iso3),l=Do(a),s=new Map;for(let y of l){let S=s.get(y.label)||0;s.set(y.label,S+1),y.key=S?`${y.label} (${S+1})`:y.label}let p=e.timeline.filter(y=>o.includes(y.kind)).map(y=>({e:y,date:ut(y),lane:Ge.find(S=>S.kind===y.kind)})),c=p.filter(y=>y.date&&y.date.first>=t[0]&&y.date.first<t[1]),d=p.length-c.length,b=Ge.filter(y=>o.includes(y.kind)).map(y=>y.lane),w=l.filter(y=>pt(y.s)),u=l.filter(y=>!pt(y.s)),[h,v]=t,f=y=>y<h?h:y>v?v:y,g=y=>y.s.start.status==="known",x=y=>y.s.end.status==="known",_=u.filter(y=>{let S=je(y.s);return S.lo!=null&&S.hi!=null&&(g(y)||x(y))}),C=u.filter(y=>!_.includes(y)&&(g(y)||x(y))),m=u.filter(y=>!g(y)&&!x(y)),R=y=>Math.max(y.m.start.date.next,...[y.s.start,y.s.end].filter(S=>S.status==="known").map(S=>S.date.next)),I=l.filter(y=>y.m.start.status==="known").map(y=>({r:y,x1:y.m.start.date.first,x2:y.m.end.status==="known"?y.m.end.date.next:new Date(R(y)),open:y.m.end.status!=="known"})),$={insetTop:2,insetBottom:2},P=y=>({href:G(y.d.id),ariaLabel:y.d.id,title:Lo(y)}),M=y=>{let S=y.plot({style:Fe,width:1100,height:40+kn*(l.length+b.length)+20,marginLeft:270,marginRight:40,marginTop:30,x:{type:"utc",domain:t,label:null,grid:!0,axis:"top"},y:{domain:[...b,...l.map(k=>k.key)],label:null,tickSize:0,padding:.25},marks:[y.barX(I,{y:k=>k.r.key,x1:k=>f(k.x1),x2:k=>f(k.x2),fill:"#e2e2e2",title:k=>`${k.r.d.mission.acronym}: ${ie(k.r.m)}`,className:"mission-life"}),y.text(I.filter(k=>k.open&&k.x2<v&&!C.includes(k.r)&&!m.includes(k.r)),{y:k=>k.r.key,x:k=>k.x2,text:()=>"\u2508 ?",dx:3,textAnchor:"start",fill:"#777",fontWeight:"bold",title:k=>`${k.r.d.mission.acronym}: end not given (ongoing, or unknown)`}),y.barX(w,{y:"key",x1:k=>f(k.s.start.date.first),x2:k=>f(k.s.end.date.next),fill:r,className:"deployment known",...$,...Ve(P)}),y.barX(_,{y:"key",x1:k=>f(je(k.s).lo),x2:k=>f(je(k.s).hi),fill:r,fillOpacity:.14,stroke:r,strokeDasharray:"5,3",strokeWidth:1.5,className:"deployment bounded",...$,...Ve(P)}),y.tickX(u.filter(g),{y:"key",x:k=>f(k.s.start.date.first),stroke:r,strokeWidth:4,...$}),y.tickX(u.filter(x),{y:"key",x:k=>f(k.s.end.date.next),stroke:r,strokeWidth:4,...$}),y.text(C,{y:"key",x:k=>f(g(k)?k.s.start.date.first:k.s.end.date.next),text:k=>g(k)?"\u2508 end ?":"start ? \u2508",dx:k=>g(k)?5:-5,textAnchor:k=>g(k)?"start":"end",fill:r,fontWeight:"bold",className:"deployment open",...Ve(P)}),y.text(m,{y:"key",x:k=>k.m.start.status==="known"?f(k.m.start.date.first):h,text:()=>"dates not given",dx:4,textAnchor:"start",fill:"#444",fontStyle:"italic",className:"deployment undated",...Ve(P)}),y.dot(c,{x:k=>k.date.first,y:k=>k.lane.lane,symbol:k=>k.lane.symbol,fill:k=>k.lane.colour,r:4.5,stroke:"white",strokeWidth:.8,href:k=>G(k.e.node.id),ariaLabel:k=>`${k.e.kind.toLowerCase()} ${k.e.node.id}`,title:k=>`${k.date.text} \xB7 ${k.lane.lane.replace(/s$/,"")}
${k.e.title}`,className:"timeline-mark"}),y.ruleY(b.length?[b[b.length-1]]:[],{dy:kn/2+1,stroke:"#ccc"})]});return S.setAttribute("role","img"),S.setAttribute("aria-label",`${a.name}: ${l.length} deployments against their missions' lifetimes, with ${c.length} dated laws, reforms and events`),S.dataset.country=a.iso3,S},Q=a.deployments.pageInfo.hasNextPage;return n("section",{class:"timeline-country","aria-labelledby":`tl-${a.iso3}`,children:[n("h2",{id:`tl-${a.iso3}`,children:[n("span",{class:"swatch",style:{background:r},"aria-hidden":"true"}),n(D,{node:{__typename:"Country",id:`country:${a.iso3.toLowerCase()}`,name:a.name}}),n("span",{class:"muted series-sub",children:[" ","\xB7 ",a.deployments.totalCount," deployments (",w.length," with both dates known) \xB7 ",c.length," laws, reforms and events",d?` (${d} more outside these years)`:"",Q?` \xB7 showing the first ${a.deployments.nodes.length}`:""]})]}),n(We,{build:M,deps:[a.iso3,t[0].getTime(),t[1].getTime(),o.join()],label:`${a.name} timeline`,onDrawn:y=>i.current[a.iso3]=y})]})}function $n({params:e}){J("Timeline");let t=(e.get("countries")||"MEX,ARG,JPN").split(",").filter(f=>/^[A-Za-z]{3}$/.test(f)).map(f=>f.toUpperCase()),o=(e.get("marks")||"LEGAL_INSTRUMENT,REFORM,EVENT").split(",").filter(f=>Ge.some(g=>g.kind===f)),i=parseInt(e.get("from")||"",10),a=parseInt(e.get("to")||"",10),{data:r,error:l,loading:s,requests:p}=$e(t.map(f=>["TimelineCountry",{country:f}])),c=H({}),d=(r||[]).filter(f=>f.country),b=1/0,w=-1/0;for(let f of d)for(let g of f.country.deployments.nodes)for(let x of[X(g),X(g.mission)])for(let _ of[x.start,x.end])_.status==="known"&&(b=Math.min(b,_.date.first),w=Math.max(w,_.date.next));let u=[new Date(Number.isFinite(i)?Date.UTC(i,0,1):Number.isFinite(b)?Date.UTC(new Date(b).getUTCFullYear(),0,1):Date.UTC(1945,0,1)),new Date(Number.isFinite(a)?Date.UTC(a+1,0,1):Number.isFinite(w)?Date.UTC(new Date(w).getUTCFullYear()+1,0,1):Date.UTC(2025,0,1))],h=d.flatMap(f=>f.country.deployments.nodes.map(g=>{let x=X(g);return{country:f.country.iso3,id:g.id,title:g.title,mission:g.mission.acronym,start:Re(x.start),end:Re(x.end),startStatus:x.start.status,endStatus:x.end.status,missionStart:Re(X(g.mission).start),missionEnd:Re(X(g.mission).end),peakStrength:g.peakStrength}})),v=f=>N({marks:o.includes(f)?o.filter(g=>g!==f):[...o,f]});return n("div",{class:"view timeline",children:[n(ce,{title:"Deployments over time",requests:p,exportProps:{name:"timeline",rows:h,columns:["country","id","title","mission","start","startStatus","end","endStatus","missionStart","missionEnd","peakStrength"],json:r,svg:()=>Object.values(c.current)[0]},children:n("p",{children:["Each row is a deployment over its mission\u2019s lifetime (grey). A solid bar has both dates in the sources. When one end is not given, a"," ",n("span",{class:"dash-key","aria-hidden":"true"})," dashed bar runs only as far as the mission allows, with a thick tick at the date that is known, or \u201C\u2508 end ?\u201D when not even the mission bounds it; \u201Cdates not given\u201D when neither is known. Where a mission\u2019s end is not given (ongoing, or unknown), its grey stops at the last date the row knows, followed by \u201C\u2508 ?\u201D: nothing is drawn \u201Cuntil today\u201D. Click a bar or a mark to open its page."]})}),n("div",{class:"controls",role:"group","aria-label":"Timeline options",children:[n(fe,{selected:t,onChange:f=>N({countries:f})}),n("fieldset",{children:[n("legend",{children:"Marks"}),Ge.map(f=>n("label",{class:"check",children:[n("input",{type:"checkbox",checked:o.includes(f.kind),onChange:()=>v(f.kind)})," ",f.lane]},f.kind))]}),n("fieldset",{children:[n("legend",{children:"Years"}),n("label",{class:"inline",children:["from ",n("input",{type:"number",min:"1940",max:"2030",value:Number.isFinite(i)?i:"",placeholder:u[0].getUTCFullYear(),onChange:f=>N({from:f.currentTarget.value}),"aria-label":"From year"})]}),n("label",{class:"inline",children:["to ",n("input",{type:"number",min:"1940",max:"2030",value:Number.isFinite(a)?a:"",placeholder:u[1].getUTCFullYear()-1,onChange:f=>N({to:f.currentTarget.value}),"aria-label":"To year"})]})]})]}),l&&n(V,{error:l}),s&&!r&&n(W,{what:"the timeline"}),d.map(f=>n(Mo,{data:f,domain:u,lanes:o,chartRefs:c},f.country.iso3))]})}var Rn=e=>e.replace(/([a-z])([A-Z])/g,(t,o,i)=>`${o} ${i.toLowerCase()}`).replace(/^./,t=>t.toUpperCase());function Oo({cell:e,dimension:t}){let[o,i]=T(!1),a=`cell-${t}-${e.country.iso3}`;return e.empty?n("td",{"data-dimension":t,"data-country":e.country.iso3,class:"empty",children:n("span",{class:"muted",children:"No sourced data"})}):n("td",{"data-dimension":t,"data-country":e.country.iso3,children:[n("ul",{class:"values",children:e.values.map((r,l)=>n("li",{children:r},l))}),n("div",{class:"cell-evidence",children:[n(we,{citations:e.citations,id:`${a}-cites`}),e.nodes.length>0&&n("button",{type:"button",class:"link-button","aria-expanded":o?"true":"false",onClick:()=>i(!o),children:["from ",e.nodes.length," entit",e.nodes.length===1?"y":"ies"]})]}),o&&n("ul",{class:"refs compact",children:e.nodes.map(r=>n("li",{children:n(D,{node:r,showKind:!0})},r.id))})]})}function Sn({params:e}){J("Compare");let t=(e.get("countries")||"MEX,ARG,JPN").split(",").filter(h=>/^[A-Za-z]{3}$/.test(h)).map(h=>h.toUpperCase()),o=e.get("dims"),{data:i,error:a,loading:r,request:l}=Z("Compare",{countries:t}),s=i&&i.compare,p=s?s.rows.map(h=>h.dimension):[],c=o?o.split(",").filter(h=>p.includes(h)):p,d=s?s.rows.filter(h=>c.includes(h.dimension)):[],b=d.flatMap(h=>h.cells.map(v=>({dimension:h.dimension,country:v.country.iso3,empty:v.empty,values:v.values,entities:v.nodes.map(f=>f.id),citations:v.citations.length}))),w=d.flatMap(h=>h.cells.flatMap(v=>v.citations)),u=h=>{let v=c.includes(h)?c.filter(f=>f!==h):p.filter(f=>c.includes(f)||f===h);N({dims:v.length===p.length?null:v.length?v:["none"]})};return n("div",{class:"view compare",children:[n(ce,{title:"The comparison matrix",requests:[l],exportProps:{name:"compare",rows:b,columns:["dimension","country","empty","values","entities","citations"],json:s&&{countries:s.countries,rows:d},citations:w},children:n("p",{children:"One row per dimension, one column per country. Each cell lists its values and the citations they rest on (click the count); an empty cell means the graph holds no sourced data, never zero."})}),n("div",{class:"controls",role:"group","aria-label":"Matrix options",children:[n(fe,{selected:t,onChange:h=>N({countries:h}),max:6}),s&&n("fieldset",{class:"dims",children:[n("legend",{children:"Dimensions"}),s.rows.map(h=>n("label",{class:"check",title:h.description,children:[n("input",{type:"checkbox",checked:c.includes(h.dimension),onChange:()=>u(h.dimension)})," ",Rn(h.dimension)]},h.dimension)),n("button",{type:"button",class:"link-button",onClick:()=>N({dims:null}),children:"all"})]})]}),a&&n(V,{error:a}),r&&!s&&n(W,{what:"the comparison"}),s&&n("div",{class:"table-wrap",children:n("table",{class:"table matrix","aria-label":"Comparison matrix",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Dimension"}),s.countries.map(h=>n("th",{scope:"col",style:{"--case":ne(h.iso3)},class:"country-col",children:n(D,{node:h})},h.id))]})}),n("tbody",{children:d.map(h=>n("tr",{"data-row":h.dimension,children:[n("th",{scope:"row",children:[n("div",{class:"dim",children:Rn(h.dimension)}),n("div",{class:"muted dim-desc",children:h.description})]}),h.cells.map(v=>n(Oo,{cell:v,dimension:h.dimension},v.country.iso3))]},h.dimension))})]})})]})}var En,qo=()=>En||(En=import("./chunk-CW5XPFPS.js"));function Ee({draw:e,deps:t,label:o,onDrawn:i}){let a=H(null),[r,l]=T(null);return B(()=>{let s=!0;return qo().then(p=>{if(!s||!a.current)return;let c=e(p,a.current);a.current.dataset.drawn="true",i&&i(c)}).catch(p=>{console.error(p),s&&l(p)}),()=>{s=!1}},t),n("figure",{class:"chart graph-box","aria-label":o,children:[n("div",{ref:a,class:"chart-body"}),r&&n("p",{role:"alert",class:"error",children:["The graph could not be drawn: ",r.message]})]})}var Tn={TRAINING_AND_DOCTRINE:F.blue,INSTITUTION_BUILDING:F.green,LEGAL_CHANGE:F.vermillion,CIVILIAN_CONTROL:F.purple,INTEROPERABILITY:F.orange,REGIONAL_HARMONIZATION:F.sky,PROFESSIONALIZATION:F.black},Te=(e,t)=>({id:e.id,label:L(e),typename:e.__typename,detail:t});function Pn({edge:e,onClose:t}){return e?n("aside",{class:"evidence-panel","aria-live":"polite","aria-label":"Evidence of the selected link",children:[n("div",{class:"evidence-head",children:[n("h3",{children:[n(D,{node:e.from})," \u2192 ",n(D,{node:e.to})]}),n("button",{type:"button",class:"button",onClick:t,"aria-label":"Close the evidence panel",children:"Close"})]}),e.what&&n("p",{children:e.what}),e.confidence&&n(be,{value:e.confidence}),e.citationsNote&&n("p",{class:"muted",children:e.citationsNote}),n(ve,{citations:e.citations})]}):n("p",{class:"muted evidence-hint",children:"Select an arrow (click, or Tab then Enter) to see the citations it rests on."})}function zo({country:e}){let{data:t,error:o,loading:i,request:a}=Z("ReformPathways",{country:e}),[r,l]=T(null),[s,p]=T(null),c=H(null),d=t&&t.reformPathways||[],b=m=>m.deployment||m.mission||m.from,w=m=>m.deployment?ie(X(m.deployment)):m.mission?"the mission as a whole":m.from.__typename==="Event"?`an event, ${te(m.from)||"date not given"}`:"participation in general",u={STATED_ATTACHMENT_INFERRED:" (the source names no deployment: the attachment is the dataset\u2019s)",INFERRED_FROM_ABSTRACT:" (only the study\u2019s abstract supports it)"},h=new Map,v=new Map,f=[];d.forEach((m,R)=>{let I=b(m);I&&(h.set(I.id,Te(I,w(m))),v.set(m.reform.id,Te(m.reform,[te(m.reform)||"date not given",j(m.reform.kind)].join(" \xB7 "))),f.push({key:`rp-${R}`,source:I.id,target:m.reform.id,colour:Tn[m.mechanism]||"#666",citations:m.citations,ariaLabel:`${L(I)} drove ${L(m.reform)} (${j(m.mechanism)}): ${m.citations.length} citations`,panel:{from:I,to:m.reform,what:`${j(m.mechanism)}. ${m.explanation||""}${u[m.basis]||""}`,confidence:m.confidence,citations:m.citations}}))});let g=m=>(p(s===m.id?null:m.id),!1),x=[{title:"Participation",nodes:[...h.values()].map(m=>({...m,onNode:g}))},{title:"Reform",nodes:[...v.values()].map(m=>({...m,onNode:g}))}],_=d.map(m=>({country:e,participation:b(m)&&b(m).id,reform:m.reform.id,reformDate:te(m.reform),mechanism:m.mechanism,confidence:m.confidence,citations:m.citations.length,explanation:m.explanation})),C=[...new Set(d.map(m=>m.mechanism))];return n("section",{class:"pathways-section","aria-labelledby":"rp-h",children:[n("div",{class:"section-head",children:[n("h2",{id:"rp-h",children:"How participation drove reform"}),n("div",{class:"toolbar",children:[n(oe,{requests:[a]}),n(le,{name:`reform-pathways-${e}`,rows:_,json:d,svg:()=>c.current,citations:d.flatMap(m=>m.citations)})]})]}),n("div",{class:"controls",children:[n(fe,{single:!0,selected:[e],onChange:([m])=>N({reform:m})}),n("ul",{class:"legend","aria-label":"Mechanisms",children:C.map(m=>n("li",{children:[n("span",{class:"swatch line",style:{background:Tn[m]},"aria-hidden":"true"})," ",j(m)]},m))})]}),o&&n(V,{error:o}),i&&!t&&n(W,{what:"the reform pathways"}),t&&d.length===0&&n("p",{children:["The graph holds no sourced link from participation to a reform for ",e,"."]}),d.length>0&&n("div",{class:"graph-and-panel",children:[n(Ee,{label:`Reform pathways of ${e}`,deps:[e,r&&r.key,s,d.length],onDrawn:m=>c.current=m,draw:(m,R)=>m.layered(R,{columns:x,edges:f,href:I=>G(I.id),onEdge:l,selectedEdge:r&&r.key,focus:s,width:900})}),n(Pn,{edge:r&&r.panel,onClose:()=>l(null)})]}),d.length>0&&n("details",{class:"as-table",children:[n("summary",{children:["The ",d.length," chains as a table"]}),n("table",{class:"table",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Participation"}),n("th",{scope:"col",children:"Reform"}),n("th",{scope:"col",children:"Mechanism"}),n("th",{scope:"col",children:"Confidence"}),n("th",{scope:"col",children:"Evidence"})]})}),n("tbody",{children:d.map((m,R)=>n("tr",{children:[n("td",{children:n(D,{node:b(m),showKind:!0})}),n("td",{children:[n(D,{node:m.reform})," ",n("span",{class:"muted",children:te(m.reform)||""})]}),n("td",{children:[j(m.mechanism),m.explanation?n("div",{class:"muted",children:m.explanation}):null]}),n("td",{children:n(be,{value:m.confidence})}),n("td",{children:n(we,{citations:m.citations,id:`rp-${R}-c`})})]},R))})]})]})]})}function Uo({country:e}){let{data:t,error:o,loading:i,request:a}=Z("Compliance",{country:e}),[r,l]=T(null),[s,p]=T(void 0),c=H(null),d=t&&t.constitutionalCompliance||[],b=new Map,w=new Map,u=new Map,h=[],v=new Set,f=m=>(p(x===m.id?null:m.id),!1),g="The API gives these citations per compliance record: the deployment\u2019s own, its constraints\u2019 and its authorizations\u2019.";for(let m of d){let R=m.deployment;b.set(R.id,Te(R,ie(X(R))));let I=new Set(m.safeguards.map($=>$.id));for(let $ of m.safeguards){w.set($.id,Te($,j($.kind))),h.push({key:`c-${R.id}-${$.id}`,source:R.id,target:$.id,colour:"#8c8c8c",citations:m.citations,ariaLabel:`${L(R)} constrained by ${L($)}: ${m.citations.length} citations of the record`,panel:{from:R,to:$,what:"Constrained by this safeguard.",citations:m.citations,citationsNote:g}});for(let P of $.groundedIn){let M=`g-${$.id}-${P.id}`,Q=m.legalBasis.find(y=>y.id===P.id);Q&&!v.has(M)&&(v.add(M),h.push({key:M,source:$.id,target:P.id,colour:F.vermillion,citations:m.citations,ariaLabel:`${L($)} grounded in ${L(Q)}`,panel:{from:$,to:Q,what:"The safeguard is grounded in this instrument.",citations:m.citations,citationsNote:g}}))}}for(let $ of m.legalBasis)u.set($.id,Te($,[j($.kind),$.reference,te($)].filter(Boolean).join(" \xB7 ")));for(let $ of R.authorizedBy){let P=m.legalBasis.find(M=>M.id===$.id);P&&h.push({key:`a-${R.id}-${$.id}`,source:R.id,target:$.id,colour:F.blue,dashed:!0,citations:m.citations,ariaLabel:`${L(R)} authorized by ${L(P)}`,panel:{from:R,to:P,what:"The deployment was authorized by this instrument.",citations:m.citations,citationsNote:g}})}}let x=s===void 0?d[0]&&d[0].deployment.id||null:s,_=[{title:"Deployment",nodes:[...b.values()].map(m=>({...m,onNode:f}))},{title:"Safeguard",nodes:[...w.values()].map(m=>({...m,onNode:f}))},{title:"Legal basis",nodes:[...u.values()].map(m=>({...m,onNode:f}))}],C=d.map(m=>({country:e,deployment:m.deployment.id,safeguards:m.safeguards.map(R=>R.id),legalBasis:m.legalBasis.map(R=>R.id),citations:m.citations.length}));return n("section",{class:"pathways-section","aria-labelledby":"cc-h",children:[n("div",{class:"section-head",children:[n("h2",{id:"cc-h",children:"Which safeguards kept each deployment within constitutional limits"}),n("div",{class:"toolbar",children:[n(oe,{requests:[a]}),n(le,{name:`compliance-${e}`,rows:C,json:d,svg:()=>c.current,citations:d.flatMap(m=>m.citations)})]})]}),n("div",{class:"controls",children:[n(fe,{single:!0,selected:[e],onChange:([m])=>N({compliance:m})}),n("label",{class:"inline",children:["Deployment"," ",n("select",{"aria-label":"Deployment whose chains are drawn",value:x||"",onChange:m=>p(m.currentTarget.value||null),children:[n("option",{value:"",children:"all deployments (overlaid)"}),[...b.values()].map(m=>n("option",{value:m.id,children:m.label},m.id))]})]}),n("ul",{class:"legend",children:[n("li",{children:[n("span",{class:"swatch line",style:{background:"#8c8c8c"},"aria-hidden":"true"})," constrained by"]}),n("li",{children:[n("span",{class:"swatch line",style:{background:F.vermillion},"aria-hidden":"true"})," grounded in"]}),n("li",{children:[n("span",{class:"swatch line dashed",style:{background:F.blue},"aria-hidden":"true"})," authorized by"]})]})]}),o&&n(V,{error:o}),i&&!t&&n(W,{what:"the compliance records"}),t&&d.length===0&&n("p",{children:["The graph holds no deployment with a recorded safeguard for ",e,"."]}),d.length>0&&n("div",{class:"graph-and-panel",children:[n(Ee,{label:`Constitutional compliance of ${e}`,deps:[e,r&&r.key,x,d.length],onDrawn:m=>c.current=m,draw:(m,R)=>m.layered(R,{columns:_,edges:h,href:I=>G(I.id),onEdge:l,selectedEdge:r&&r.key,focus:x,only:!0,width:1100})}),n(Pn,{edge:r&&r.panel,onClose:()=>l(null)})]})]})}function In({params:e}){J("Pathways and compliance");let t=(e.get("reform")||e.get("country")||"ARG").toUpperCase(),o=(e.get("compliance")||(e.get("country")==="MEX"?"MEX":"JPN")).toUpperCase();return n("div",{class:"view pathways",children:[n("header",{class:"view-header",children:n("div",{children:[n("h1",{tabIndex:-1,id:"view-title",children:"Pathways and compliance"}),n("div",{class:"lede",children:n("p",{children:"The study\u2019s two mechanisms as chains of evidence: participation that drove reform (the Argentine case), and the safeguards and legal basis that kept each deployment within constitutional limits (the Japanese case). Select a node to follow its chains; select an arrow to see the citations it rests on."})})]})}),n(zo,{country:t}),n(Uo,{country:o})]})}var An=e=>e&&typeof e=="object"&&typeof e.id=="string"&&typeof e.__typename=="string";function Nn(e){let t=[],o=(i,a)=>{An(a)&&t.push({node:a,field:i})};for(let[i,a]of Object.entries(e||{}))if(!(i==="__typename"||i==="id"))if(Array.isArray(a)){for(let r of a)if(An(r))o(i,r);else if(r&&typeof r=="object")for(let[l,s]of Object.entries(r))o(`${i}.${l}`,s)}else if(a&&typeof a=="object"&&Array.isArray(a.nodes))for(let r of a.nodes)o(i,r);else o(i==="owner"?"country":i,a);return t}var Ke=(e,t)=>({id:e.id,label:L(e),typename:e.__typename,depth:t}),Je=(e,t)=>e<t?`${e}|${t}`:`${t}|${e}`;var Mn=300,gt=150,jo=3;async function Dn(e,t,o,i){let a=t.filter(s=>!e.expanded.has(s));if(a.length===0)return;let{data:r,request:l}=await nn("Neighbours",a);i.push(l),r.forEach((s,p)=>{let c=a[p];if(e.expanded.add(c),!s)return;e.nodes.has(c)||e.nodes.set(c,Ke(s,o));let d=Nn(s).filter(u=>u.node.id!==c),b=new Map;for(let u of d)b.has(u.node.id)||b.set(u.node.id,u);let w=[...b.values()].sort((u,h)=>ae.indexOf(u.node.__typename)-ae.indexOf(h.node.__typename)||L(u.node).localeCompare(L(h.node)));e.hidden.set(c,Math.max(0,w.length-gt));for(let u of w.slice(0,gt)){if(!e.nodes.has(u.node.id)){if(e.nodes.size>=Mn){e.hidden.set(c,(e.hidden.get(c)||0)+1);continue}e.nodes.set(u.node.id,Ke(u.node,o+1))}let h=Je(c,u.node.id);e.edges.has(h)||e.edges.set(h,{key:h,source:c,target:u.node.id,label:u.field.replace(/\..*$/,"")})}})}function Ln(){return{nodes:new Map,edges:new Map,expanded:new Set,hidden:new Map}}function Bo({onPick:e,disabled:t}){let[o,i]=T(""),[a,r]=T([]);return n("form",{class:"path-picker",onSubmit:async s=>{if(s.preventDefault(),!o.trim())return;let{data:p}=await pe("Search",{text:o.trim()});r(p.searchConnection.nodes.slice(0,8))},role:"search",children:[n("label",{for:"path-to",children:"Evidence path to"}),n("input",{id:"path-to",type:"search",value:o,onInput:s=>i(s.currentTarget.value),placeholder:"search an entity, e.g. PKO Act",disabled:t}),n("button",{type:"submit",class:"button",disabled:t,children:"Find"}),a.length>0&&n("ul",{class:"pick-list",children:a.map(s=>n("li",{children:n("button",{type:"button",class:"link-button",onClick:()=>{r([]),e(s.node.id)},children:[n(_e,{typename:s.node.__typename})," ",L(s.node)]})},s.node.id))})]})}function On({params:e}){let t=e.get("focus")||"country:mex",o=Math.min(jo,Math.max(1,parseInt(e.get("depth")||"1",10)||1)),i=e.get("to")||"";J(`Graph of ${t}`);let[a,r]=T({loading:!0,error:null,version:0,path:null,selected:null}),l=H(Ln()),s=H([]),p=H(null),c=(_={})=>r(C=>({...C,..._,version:C.version+1}));B(()=>{let _=!0;return l.current=Ln(),s.current=[],r({loading:!0,error:null,version:0,path:null,selected:t}),(async()=>{let C=[t];for(let R=0;R<o&&C.length;R++){let I=new Set(l.current.nodes.keys());await Dn(l.current,C.slice(0,60),R,s.current),C=[...l.current.nodes.keys()].filter($=>!I.has($)&&!l.current.expanded.has($))}let m=null;if(i){let{data:R,request:I}=await pe("EvidencePath",{from:t,to:i,maxHops:6});s.current.push(I),m=R.evidencePath;let $=null;for(let P of m){if(l.current.nodes.has(P.node.id)||l.current.nodes.set(P.node.id,Ke(P.node,9)),$){let M=Je($,P.node.id);l.current.edges.has(M)||l.current.edges.set(M,{key:M,source:P.forward?$:P.node.id,target:P.forward?P.node.id:$,label:P.relationship})}$=P.node.id}}_&&c({loading:!1,path:m})})().catch(C=>_&&r(m=>({...m,loading:!1,error:C}))),()=>{_=!1}},[t,o,i]);let d=_=>(r(C=>({...C,selected:_.id})),l.current.expanded.has(_.id)||Dn(l.current,[_.id],_.depth||1,s.current).then(()=>c()).catch(C=>r(m=>({...m,error:C}))),!1),b=[...l.current.nodes.values()].map(_=>({..._,expanded:l.current.expanded.has(_.id)})),w=[...l.current.edges.values()],u=new Set((a.path||[]).map(_=>_.node.id)),h=new Set;(a.path||[]).forEach((_,C,m)=>C>0&&h.add(Je(m[C-1].node.id,_.node.id)));let v=a.selected&&l.current.nodes.get(a.selected),f=[...l.current.hidden.entries()].filter(([,_])=>_>0),g=[...new Set(b.map(_=>_.typename))].sort((_,C)=>ae.indexOf(_)-ae.indexOf(C)),x=l.current.nodes.get(t);return n("div",{class:"view graph",children:[n("header",{class:"view-header",children:[n("div",{children:[n("h1",{tabIndex:-1,id:"view-title",children:["Neighbourhood of ",x?x.label:t]}),n("div",{class:"lede",children:n("p",{children:["The node and its neighbours over the graph\u2019s relationships (citations are not drawn as edges). Click a node marked + (or Tab to it and press Enter) to expand it; drag to pan, scroll to zoom. At most ",gt," neighbours per node and ",Mn," nodes are drawn; the rest are listed on the node\u2019s page."]})})]}),n("div",{class:"toolbar",children:[n(oe,{requests:s.current}),n(le,{name:`graph-${t.replace(/[:/]/g,"-")}`,rows:w.map(_=>({source:_.source,relationship:_.label,target:_.target})),json:{nodes:b,edges:w},svg:()=>p.current})]})]}),n("div",{class:"controls",role:"group","aria-label":"Graph options",children:[n("fieldset",{children:[n("legend",{children:"Depth"}),[1,2,3].map(_=>n("label",{class:"check",children:[n("input",{type:"radio",name:"depth",checked:o===_,onChange:()=>N({depth:_===1?null:_})})," ",_]},_))]}),n(Bo,{disabled:a.loading,onPick:_=>N({to:_})}),i&&n("p",{class:"path-summary","aria-live":"polite",children:[a.path==null?"Finding the path\u2026":a.path.length===0?`No path within 6 steps to ${i}.`:`Path to ${(l.current.nodes.get(i)||{label:i}).label}: ${a.path.length-1} steps.`," ",n("button",{type:"button",class:"link-button",onClick:()=>N({to:null}),children:"clear"})]})]}),n("ul",{class:"legend kinds","aria-label":"Kinds of node",children:g.map(_=>n("li",{children:[n("span",{class:"swatch dot",style:{background:Y(_).colour},"aria-hidden":"true"})," ",Y(_).label]},_))}),a.error&&n(V,{error:a.error}),a.loading&&n(W,{what:"the neighbourhood"}),!a.loading&&b.length===0&&n("p",{children:["No node ",t," in the graph."]}),!a.loading&&b.length>0&&n("div",{class:"graph-and-panel wide",children:[n(Ee,{label:`Neighbourhood of ${t}`,deps:[a.version,t,o,i,a.selected],onDrawn:_=>p.current=_,draw:(_,C)=>_.force(C,{nodes:b,edges:w,focus:t,selected:a.selected,pathIDs:u,pathEdges:h,href:m=>G(m.id),onNode:d,width:1e3,height:640})}),n("aside",{class:"evidence-panel","aria-live":"polite","aria-label":"Selected node",children:[v?n(U,{children:[n("h3",{children:[n(_e,{typename:v.typename})," ",v.label]}),n("p",{children:n("code",{children:v.id})}),n("p",{children:[n("a",{href:G(v.id),children:"Open its page"})," \xB7"," ",n("a",{href:A("graph",{focus:v.id}),children:"Centre the graph on it"}),v.id!==t&&n(U,{children:[" \xB7 ",n("a",{href:A("graph",{focus:t,depth:o===1?null:o,to:v.id}),children:["Evidence path from ",x?x.label:t]})]})]}),l.current.hidden.get(v.id)>0&&n("p",{class:"muted",children:[l.current.hidden.get(v.id)," more neighbours are on its page."]})]}):n("p",{class:"muted",children:"Select a node."}),n("p",{class:"muted graph-stats","data-nodes":b.length,"data-edges":w.length,children:[b.length," nodes, ",w.length," relationships drawn",f.length?`; ${f.reduce((_,[,C])=>_+C,0)} neighbours left out`:"","."]}),a.path&&a.path.length>0&&n("ol",{class:"path-steps","aria-label":"Evidence path",children:a.path.map((_,C)=>n("li",{children:[_.relationship&&n("span",{class:"muted",children:[_.forward?"\u2192":"\u2190"," ",_.relationship," "]}),n(D,{node:_.node,showKind:!0})]},C))})]})]}),n("p",{class:"muted",children:["Kinds by colour and letter: ",g.map(_=>`${Y(_).glyph} ${Y(_).label}`).join(", "),". ",me(t)?"":"The ID names no kind."]})]})}var qn=[["","Home",cn],["personnel","Personnel",xn],["timeline","Timeline",$n],["compare","Compare",Sn],["pathways","Pathways & compliance",In],["graph","Graph",On]];function Ho({rest:e}){return n("div",{class:"view",children:[n("h1",{tabIndex:-1,id:"view-title",children:"Not found"}),n("p",{children:["The explorer has no view ",n("code",{children:["/",e]}),". Entity pages have an ID with a kind, such as"," ",n("a",{href:`${O.base}/mission:minustah`,children:"mission:minustah"}),"."]})]})}function Fo(){let e=Ft(),[t,o]=T(()=>localStorage.getItem("peacegraph-explorer-large")==="1");B(()=>{document.documentElement.classList.toggle("large",t);try{localStorage.setItem("peacegraph-explorer-large",t?"1":"0")}catch{}},[t]),B(()=>{let l=document.getElementById("view-title");l&&document.activeElement&&document.activeElement!==document.body&&l.focus({preventScroll:!0})},[e.rest]);let i=e.rest.split("/")[0],a=qn.find(([l])=>l===i),r;if(a){let l=a[2];r=n(l,{params:e.params})}else e.rest.includes(":")?r=n(gn,{id:e.rest,params:e.params}):r=n(Ho,{rest:e.rest});return n(U,{children:[n("a",{class:"skip",href:"#main",children:"Skip to content"}),n("header",{class:"site",children:[n("a",{class:"brand",href:A(""),children:["peacegraph ",n("span",{children:"explorer"})]}),n("nav",{"aria-label":"Views",children:n("ul",{children:qn.map(([l,s])=>n("li",{children:n("a",{href:A(l),"aria-current":a&&a[0]===l?"page":void 0,children:s})},l))})}),n("div",{class:"site-tools",children:[n("button",{type:"button",class:"button","aria-pressed":t?"true":"false",onClick:()=>o(!t),title:"Larger text and marks, for a projector",children:"Projector"}),n("a",{class:"button",href:O.playground,target:"_blank",rel:"noopener",children:"Playground \u2197"})]})]}),n("main",{id:"main",children:r}),n("footer",{class:"site",children:["Every mark rests on a source: follow a citation count to its documents. Data: the public GraphQL API at"," ",n("code",{children:O.endpoint}),"; flat exports at ",n("a",{href:O.exportIndex,children:O.exportIndex}),"."]})]})}Wt();var zn=document.getElementById("explorer");zn.textContent="";Tt(n(Fo,{}),zn);
